/**
 * Top-level-domain matching: twitter-text's gTLD and ccTLD lists (built into a set on first use)
 * and its punycode rule.
 */
import { isAsciiDigit } from '../kit/index.js';
import { isAsciiAlnum, isDomainChar } from './characters.js';
import { isGluedStart, type ScanContext } from './scan-context.js';
import { ASCII_TLDS, OTHER_TLDS } from './tlds.js';

interface TldTable {
  readonly names: ReadonlySet<string>;
  readonly maxLength: number;
}

let tldTable: TldTable | undefined;

function tlds(): TldTable {
  if (tldTable !== undefined) return tldTable;
  const names = new Set<string>(OTHER_TLDS.split(' '));
  // ASCII_TLDS is front-coded: a digit (letters shared with the name before), then the new letters.
  let name = '';
  for (let at = 0; at < ASCII_TLDS.length; ) {
    let end = at + 1;
    while (end < ASCII_TLDS.length && !isAsciiDigit(ASCII_TLDS.charCodeAt(end))) end++;
    name = name.slice(0, ASCII_TLDS.charCodeAt(at) - 0x30) + ASCII_TLDS.slice(at + 1, end);
    names.add(name);
    at = end;
  }
  let maxLength = 0;
  for (const known of names) if (known.length > maxLength) maxLength = known.length;
  tldTable = { names, maxLength };
  return tldTable;
}

/**
 * Whether a known TLD may end at `index`: twitter-text's lookahead `(?=[^0-9a-zA-Z@+-]|$)`, where
 * `limit` plays the part of `$`; in glued mode a glued link may follow directly.
 */
function tldMayEndAt(ctx: ScanContext, index: number, limit: number): boolean {
  if (index >= limit) return true;
  const code = ctx.text.charCodeAt(index);
  if (isAsciiAlnum(code) || code === 0x40 || code === 0x2b || code === 0x2d) return isGluedStart(ctx, index);
  return true;
}

function isPunycodeChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 0x2d;
}

/**
 * Matches a top-level domain at `start` (text before `limit` only) and returns where it ends, or
 * -1. Known TLDs are tried longest first, case-insensitively, and must be followed by the end, or
 * by something other than an ASCII letter, digit, `@`, `+` or `-` (so `foo.com-bar` and
 * `foo.gov@mail` fail, while `example.comだよ` matches `com`). Failing that, `xn--` and a run of
 * `[-0-9a-z]` is accepted as a punycode TLD.
 *
 * @example
 * matchTld(createScanContext('twitter.みんなです', false), 8, 13); // 11
 */
export function matchTld(ctx: ScanContext, start: number, limit: number): number {
  const { text } = ctx;
  const { names, maxLength } = tlds();
  let span = 0;
  while (
    span < maxLength &&
    start + span < limit &&
    isDomainChar(text.charCodeAt(start + span), ctx.glued) &&
    (span === 0 || !isGluedStart(ctx, start + span))
  ) {
    span++;
  }
  for (let length = span; length > 0; length--) {
    const end = start + length;
    if (names.has(text.slice(start, end).toLowerCase()) && tldMayEndAt(ctx, end, limit)) return end;
  }
  if (start + 4 < limit && text.slice(start, start + 4).toLowerCase() === 'xn--') {
    let end = start + 4;
    while (end < limit && isPunycodeChar(text.charCodeAt(end)) && !isGluedStart(ctx, end)) end++;
    if (end > start + 4) return end;
  }
  return -1;
}
