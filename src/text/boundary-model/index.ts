export { BOUNDARY_FEATURES, endsSentence, isFullStop, isNumbered, paragraphFeatures } from './paragraph-features.js';
export type { BoundaryFeature, FeatureInput } from './paragraph-features.js';
export { handRulesModel, paragraphProbability } from './boundary-model.js';
export type { BoundaryModel } from './boundary-model.js';
export { boundaryModel } from './boundary-weights.js';
export { SURE, walkBody } from './body-walk.js';
export type { BodyBoundary, BodyTrace, BoundaryOptions } from './body-walk.js';
