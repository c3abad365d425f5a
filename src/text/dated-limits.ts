import { endLinks, weightedLength } from './post-length.js';
import type { Signature } from './signature-scanner.js';

/**
 * The most text a signed post could hold: its platform's limit on the day the signature dates it
 * (Twitter: 140 weighted characters before 7 November 2017, 280 from then on; a link counts 23, but
 * not the media or quoted post a tweet ends with since 19 September 2016). A run of glued text
 * before the signature that is longer than that holds the article's text too.
 */
export interface DatedLimit {
  /** The longest weighted text the post could hold on its day. */
  length: number;
  /** What each link inside the text counts towards it. */
  linkWeight: number;
  /** What each link the post ends with (its media, a quoted post) counts towards it. */
  endLinkWeight: number;
}

/**
 * The limit of the post a signature closes: its platform's `postLimit` on the signature's date.
 * Null when the platform states none or the signature has no recognised date.
 *
 * @example
 * // For `— Ana (@ana) October 6, 2014`, a Twitter signature:
 * datedLimit(signature); // { length: 140, linkWeight: 23, endLinkWeight: 23 }
 */
export function datedLimit(signature: Signature): DatedLimit | null {
  const limit = signature.platform.text?.postLimit;
  const day = signature.date?.iso.slice(0, 10);
  if (limit === undefined || day === undefined) return null;
  let found: DatedLimit | null = null;
  for (const step of limit.lengths) {
    if (step.since <= day) found = { length: step.length, linkWeight: limit.linkWeight, endLinkWeight: step.endLinkWeight };
  }
  return found;
}

/**
 * The weighted length of `text[start, end)` as the platform counts it under `limit` (links inside
 * count `limit.linkWeight`, those it ends with `limit.endLinkWeight`), counted no further than
 * just past the limit.
 *
 * @example
 * datedLength('Look https://t.co/a now pic.twitter.com/x', 0, 41, { length: 140, linkWeight: 23, endLinkWeight: 0 }); // 32
 */
export function datedLength(text: string, start: number, end: number, limit: DatedLimit): number {
  const { before, count } = endLinks(text, start, end);
  return count * limit.endLinkWeight + weightedLength(text, start, before, limit.length, limit.linkWeight);
}
