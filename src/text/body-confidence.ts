import type { Diagnostic } from '../schema/index.js';
import type { BodyBoundary } from './boundary-model/index.js';
import type { Signature } from './signature-scanner.js';

/**
 * How sure a record's body start is, for `source.bodyConfidence` (two decimals), and the
 * `uncertain-body` diagnostic when paragraphs were taken into the body without certainty (they
 * may be the article's; `convertArticle` leaves them in place). A start that moved from where the
 * walk put it (the lines above went to a split post) is delimited: confidence 1.
 *
 * @example
 * bodyCertainty(signature, { start: 10, confidence: 0.62, sureStart: 40 }, 10).diagnostic?.end; // 40
 */
export function bodyCertainty(
  signature: Signature,
  boundary: BodyBoundary | undefined,
  bodyStart: number,
): { confidence: number; diagnostic: Diagnostic | null } {
  if (boundary === undefined || boundary.start !== bodyStart) return { confidence: 1, diagnostic: null };
  const confidence = Math.round(boundary.confidence * 100) / 100;
  const sureStart = Math.min(boundary.sureStart, signature.start);
  if (sureStart <= bodyStart) return { confidence, diagnostic: null };
  return {
    confidence,
    diagnostic: {
      code: 'uncertain-body',
      severity: 'info',
      message: `The start of ${signature.handle === null ? 'this post' : `@${signature.handle}'s post`} was inferred (confidence ${confidence.toFixed(2)}): its first paragraphs may be the article's.`,
      start: bodyStart,
      end: sureStart,
    },
  };
}
