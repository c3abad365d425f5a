import { mediaLinkHosts } from '../links/index.js';
import { isSpace, trimEnd, wordStart } from '../kit/index.js';

/**
 * A post's weighted length (280 on Twitter, links not counted) with some slack for counting
 * differences: a paragraph longer than this is article prose, not a post body.
 */
export const MAX_POST_LENGTH = 320;

/**
 * Twitter's weighted length of `text[start, end)`, roughly: CJK and other wide characters count 2
 * (but not the general punctuation Twitter counts 1: dashes, curly quotes, primes), an emoji
 * sequence (a flag, a skin tone, joined emoji) 2 in all, and each link counts `linkWeight` (none by default, as a post's media links are not part of its text; Twitter
 * counts 23). Only an estimate, to tell a post from a paragraph of prose. With `limit`, the count
 * stops as soon as it passes the limit (the result is then some number above it): a long
 * paragraph of prose is not read to its end.
 *
 * @example
 * weightedLength('Hi pic.twitter.com/x', 0, 20); // 3
 * weightedLength('Hi pic.twitter.com/x', 0, 20, Infinity, 23); // 26
 * weightedLength('A long paragraph', 0, 16, 5); // 6
 */
export function weightedLength(text: string, start: number, end: number, limit = Infinity, linkWeight = 0): number {
  let length = 0;
  // An emoji sequence counts 2 in all, as Twitter counts it: the joiner, the variation selectors,
  // a skin tone, an emoji after a joiner and a flag's second letter add nothing.
  let joined = false;
  let flagOpen = false;
  for (let i = start; i < end && length <= limit; i++) {
    const code = text.charCodeAt(i);
    if (mayStartLink(text, i, code) && startsLink(text, i)) {
      while (i + 1 < end && !isSpace(text.charCodeAt(i + 1))) i++;
      length += linkWeight;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    if (code >= 0xd800 && code <= 0xdbff) {
      const low = text.charCodeAt(i + 1);
      const flagLetter = code === 0xd83c && low >= 0xdde6 && low <= 0xddff;
      const skinTone = code === 0xd83c && low >= 0xdffb && low <= 0xdfff;
      if (!joined && !skinTone && !(flagLetter && flagOpen)) length += 2;
      flagOpen = flagLetter && !flagOpen;
      joined = false;
      continue;
    }
    flagOpen = false;
    joined = code === 0x200d;
    if (joined || code === 0xfe0f || code === 0xfe0e) continue;
    length += code >= 0x1100 && !isNarrowPunctuation(code) ? 2 : 1;
  }
  return length;
}

/**
 * Whether a code unit is one that Twitter weighs 1 although it lies above U+10FF: the general
 * punctuation of twitter-text's configuration (spaces U+2000–U+200D, dashes and quotes
 * U+2010–U+201F, primes U+2032–U+2037) and the keycap mark U+20E3 (`1️⃣` is one emoji, 2).
 */
function isNarrowPunctuation(code: number): boolean {
  return (code >= 0x2000 && code <= 0x200d) || (code >= 0x2010 && code <= 0x201f) || (code >= 0x2032 && code <= 0x2037) || code === 0x20e3;
}

/** The links a range ends with: where the text before them ends, and how many there are. */
export interface EndLinks {
  /** Offset just past the last non-blank character before the links (the range's trimmed end when there are none). */
  before: number;
  /** How many links the range ends with. */
  count: number;
}

/**
 * The links `text[start, end)` ends with, read backwards word by word (a post's media and quoted
 * post stand there): linear in the words read.
 *
 * @example
 * endLinks('Ferry runs https://t.co/a pic.twitter.com/b', 0, 43); // { before: 10, count: 2 }
 */
export function endLinks(text: string, start: number, end: number): EndLinks {
  let before = trimEnd(text, start, end);
  let count = 0;
  for (;;) {
    const word = wordStart(text, start, before);
    if (word === before || !startsLink(text, word)) return { before, count };
    count++;
    before = trimEnd(text, start, word);
  }
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
