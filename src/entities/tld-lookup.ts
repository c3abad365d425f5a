/**
 * Top-level-domain matching: twitter-text's gTLD and ccTLD lists (built into a set on first use)
 * and its punycode rule.
 */
import { isAsciiAlnum, isDomainChar } from './characters.js';
import { NON_ASCII, toPunycode } from './punycode.js';
import { isGluedStart, type ScanContext } from './scan-context.js';
import { TldData, TldLength } from './tlds.js';

/**
 * The known TLDs, lower case, built on first use: the ASCII ones as they are, the internationalised
 * ones as a space and their Punycode. A candidate with non-ASCII characters is looked up encoded
 * (Punycode is one-to-one, so that finds exactly the names the Unicode list would), which spares
 * the bundle a decoder; the space keeps an encoding from meeting an ASCII name.
 */
let tldNames: ReadonlySet<string> | undefined;

/**
 * Adds the names of a front-coded list (see tlds.ts) to `names`, each after `prefix`: each name
 * starts with a count character (matched by `counts`; `zero` is the code of the one for 0) saying
 * how many leading characters it shares with the name before, then the rest of its characters.
 */
function addFrontDecoded(names: Set<string>, packed: string, counts: RegExp, zero: number, prefix: string): void {
  let name = '';
  for (const piece of packed.split(counts)) {
    name = name.slice(0, piece.charCodeAt(0) - zero) + piece.slice(1);
    names.add(prefix + name);
  }
}

function tlds(): ReadonlySet<string> {
  if (tldNames === undefined) {
    const names = new Set<string>();
    addFrontDecoded(names, TldData.ASCII, /(?=\d)/, 0x30, '');
    addFrontDecoded(names, TldData.PUNYCODE, /(?=[A-Z])/, 0x41, ' ');
    tldNames = names;
  }
  return tldNames;
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
  const names = tlds();
  let span = 0;
  while (
    span < TldLength.LONGEST &&
    start + span < limit &&
    isDomainChar(text.charCodeAt(start + span), ctx.glued) &&
    (span === 0 || !isGluedStart(ctx, start + span))
  ) {
    span++;
  }
  // Only a run with non-ASCII characters can lower-case to a name that is looked up encoded.
  const wide = NON_ASCII.test(text.slice(start, start + span));
  for (let length = span; length > 0; length--) {
    const end = start + length;
    const name = text.slice(start, end).toLowerCase();
    if (names.has(wide && NON_ASCII.test(name) ? ` ${toPunycode(name)}` : name) && tldMayEndAt(ctx, end, limit)) return end;
  }
  if (start + 4 < limit && text.slice(start, start + 4).toLowerCase() === 'xn--') {
    let end = start + 4;
    while (end < limit && isPunycodeChar(text.charCodeAt(end)) && !isGluedStart(ctx, end)) end++;
    if (end > start + 4) return end;
  }
  return -1;
}
