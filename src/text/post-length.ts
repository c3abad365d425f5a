import { mediaLinkHosts } from '../links/index.js';
import { isSpace } from '../kit/index.js';

/**
 * A post's weighted length (280 on Twitter, links not counted) with some slack for counting
 * differences: a paragraph longer than this is article prose, not a post body.
 */
export const MAX_POST_LENGTH = 320;

/**
 * Twitter's weighted length of `text[start, end)`, roughly: links do not count, CJK and other wide
 * characters count 2. Only an estimate, to tell a post from a paragraph of prose. With `limit`, the
 * count stops as soon as it passes the limit (the result is then some number above it): a long
 * paragraph of prose is not read to its end.
 *
 * @example
 * weightedLength('Hi pic.twitter.com/x', 0, 20); // 3
 * weightedLength('A long paragraph', 0, 16, 5); // 6
 */
export function weightedLength(text: string, start: number, end: number, limit = Infinity): number {
  let length = 0;
  for (let i = start; i < end && length <= limit; i++) {
    const code = text.charCodeAt(i);
    if (mayStartLink(text, i, code) && startsLink(text, i)) {
      while (i + 1 < end && !isSpace(text.charCodeAt(i + 1))) i++;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    length += code >= 0x1100 ? 2 : 1;
  }
  return length;
}

/**
 * Whether a link may start at `at`, whose code unit is `code`: only `ht…` and `pi…` can. Two
 * comparisons that spare a per-character loop most calls to {@link startsLink}.
 *
 * @example
 * mayStartLink('see https://x', 4, 0x68); // true
 */
export function mayStartLink(text: string, at: number, code: number): boolean {
  // `h` then `t`, or `p` then `i`.
  return (code === 0x68 && text.charCodeAt(at + 1) === 0x74) || (code === 0x70 && text.charCodeAt(at + 1) === 0x69);
}

/**
 * Whether a link starts at `at`: `http://`, `https://` or a media link (`pic.twitter.com/`).
 *
 * @example
 * startsLink('see pic.x.com/abc', 4); // true
 */
export function startsLink(text: string, at: number): boolean {
  if (text.startsWith('http', at)) return text.startsWith('://', at + 4) || text.startsWith('s://', at + 4);
  return startsMediaLink(text, at);
}

/**
 * Whether a tweet's media link (`pic.twitter.com/…`, `pic.x.com/…`) starts at `at`.
 *
 * @example
 * startsMediaLink('pic.twitter.com/abc', 0); // true
 */
export function startsMediaLink(text: string, at: number): boolean {
  for (const host of mediaLinkHosts) {
    if (text.startsWith(host, at) && text.charCodeAt(at + host.length) === 0x2f /* / */) return true;
  }
  return false;
}
