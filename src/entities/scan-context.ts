import { escapeRegExp } from '../kit/index.js';
import { zeroedUint8 } from './scratch.js';

/**
 * Shared state of one extraction run: the text, the mode, and (in glued mode) where links glued
 * to the preceding word start.
 */

/**
 * Which scanner found an entity; the first four are the result's lists in order (see
 * extractEntities), and `list`, an `@user/list` reference, is dropped from the result. (Numbers,
 * not strings: an enum's members are written in place by bundlers.)
 *
 * @example
 * const kind: EntityKind = EntityKind.url;
 */
export enum EntityKind {
  url,
  mention,
  hashtag,
  cashtag,
  list,
}

/**
 * What every scanner reports before overlaps between kinds are resolved.
 *
 * @example
 * const found: FoundEntity = { kind: EntityKind.mention, value: 'user', start: 0, end: 5 }; // '@user'
 */
export interface FoundEntity {
  /** Which scanner found it. */
  readonly kind: EntityKind;
  /** The value without its sigil, or the URL as written. */
  readonly value: string;
  /** UTF-16 index of the first code unit (the sigil for mentions, hashtags and cashtags). */
  readonly start: number;
  /** UTF-16 index just past the entity. */
  readonly end: number;
}

/**
 * The text being scanned and the mode it is scanned in.
 *
 * @example
 * const ctx: ScanContext = createScanContext('hello @you', false);
 */
export interface ScanContext {
  /** The whole input. */
  readonly text: string;
  /** Whether glued-link recovery (the `gluedUrls` option) is on. */
  readonly glued: boolean;
  /** In glued mode, 1 at every index where a glued link starts; undefined otherwise, and when none does. */
  readonly gluedStarts: Uint8Array | undefined;
}

let wordCharPattern: RegExp | undefined;
const NO_HOSTS: readonly string[] = [];
let patternHosts: readonly string[] | undefined;
let gluedStartPattern: RegExp | undefined;

/**
 * Builds the context for one run. In glued mode it marks every `http://` and `https://`, and every
 * `host/` of `gluedHosts` (the registry's media hosts, `pic.twitter.com/`, when a reader above
 * passes them), that directly follows a letter, mark or digit: scraped text drops the space there
 * (`meetinghttps://t.co/…`), so these positions start a new link and end any entity running into
 * them. The search is a single pass of a literal alternation.
 *
 * @example
 * const ctx = createScanContext('meetinghttps://t.co/x', true);
 * ctx.gluedStarts?.[7]; // 1
 * createScanContext('photopic.twitter.com/x', true, ['pic.twitter.com']).gluedStarts?.[5]; // 1
 */
export function createScanContext(text: string, glued: boolean, gluedHosts: readonly string[] = NO_HOSTS): ScanContext {
  if (!glued) return { text, glued, gluedStarts: undefined };
  // Tests the last code point of a string: with `u` a surrogate pair is one code point, and a
  // lone surrogate is no letter, mark or number.
  wordCharPattern ??= /[\p{L}\p{M}\p{N}]$/u;
  // The readers pass the same host list every time: the pattern is built once per list.
  if (gluedStartPattern === undefined || patternHosts !== gluedHosts) {
    const sources = ['https?:\\/\\/'];
    for (const host of gluedHosts) sources.push(`${escapeRegExp(host)}\\/`);
    gluedStartPattern = new RegExp(sources.join('|'), 'gi');
    patternHosts = gluedHosts;
  }
  // The table is made at the first glued start: a text without one (most) leaves it undefined,
  // so that every isGluedStart is one comparison.
  let marks: Uint8Array | undefined;
  const pattern = gluedStartPattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const at = m.index;
    // The two code units before the link hold the whole code point before it.
    if (at > 0 && wordCharPattern.test(text.slice(Math.max(0, at - 2), at))) (marks ??= zeroedUint8(text.length + 1))[at] = 1;
  }
  pattern.lastIndex = 0;
  return { text, glued, gluedStarts: marks };
}

/**
 * Whether a glued link starts at `index` (always false outside glued mode).
 *
 * @example
 * isGluedStart(createScanContext('ahttps://t.co/x', true), 1); // true
 */
export function isGluedStart(ctx: ScanContext, index: number): boolean {
  return ctx.gluedStarts !== undefined && ctx.gluedStarts[index] === 1;
}
