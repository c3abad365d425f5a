import { BOUNDARY_FEATURES } from './paragraph-features.js';

/**
 * A logistic-regression model of one boundary decision: whether a paragraph above a post's body
 * belongs to the post. `weights` follow {@link BOUNDARY_FEATURES}; the probability is
 * `1 / (1 + e^-(bias + Σ weight × feature))`.
 *
 * @example
 * const model: BoundaryModel = { bias: -1, weights: BOUNDARY_FEATURES.map(() => 0) };
 */
export interface BoundaryModel {
  /** The intercept. */
  bias: number;
  /** One weight per feature, in the order of {@link BOUNDARY_FEATURES}. */
  weights: readonly number[];
}

/**
 * The model that only follows the hand-written rules: a paragraph belongs to the post exactly when
 * they take it. The baseline every learned model is compared with.
 *
 * @example
 * paragraphProbability(handRulesModel, [1, ...rest]) > 0.5; // true
 */
export const handRulesModel: BoundaryModel = {
  bias: -4,
  weights: BOUNDARY_FEATURES.map((name) => (name === 'handRule' ? 8 : 0)),
};

/**
 * The probability the model gives that the paragraph described by `features` belongs to the post.
 *
 * @example
 * paragraphProbability({ bias: 0, weights: [1] }, [0]); // 0.5
 */
export function paragraphProbability(model: BoundaryModel, features: readonly number[]): number {
  let sum = model.bias;
  for (let i = 0; i < features.length; i++) sum += (model.weights[i] ?? 0) * (features[i] ?? 0);
  return 1 / (1 + Math.exp(-sum));
}
