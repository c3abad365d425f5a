/**
 * `#hashtag` scanning with twitter-text's rules, in one pass over the hash signs.
 */
import { EntityKind, isGluedStart, type FoundEntity, type ScanContext } from './scan-context.js';
import { sigilCursor } from './sigil-cursor.js';

/** Code units (an enum, so that bundlers write the numbers in place). */
enum Code {
  HASH = 0x23,
  FULLWIDTH_HASH = 0xff03,
}
/**
 * twitter-text's `hashtagSpecialChars`: underscore, ZWNJ, ZWJ, Cyrillic kavyka, Hebrew maqaf,
 * geresh and gershayim, full-width tilde, wave dash, kana voicing marks, katakana double hyphen and
 * middle dot, ditto mark, Tibetan tsheg marks and the middle dot.
 */
const SPECIAL = '_\\u200c\\u200d\\ua67e\\u05be\\u05f3\\u05f4\\uff5e\\u301c\\u309b\\u309c\\u30a0\\u30fb\\u3003\\u0f0b\\u0f0c\\xb7';

/** A letter or mark somewhere. */
const ALPHA = /[\p{L}\p{M}]/u;
let charRun: RegExp | undefined;

/**
 * A run of hashtag characters (letters, marks, decimal digits and specials), sticky; built on
 * first use. Set at a code point's start, it also tells whether that one code point is a hashtag
 * character (the `u` flag reads a surrogate pair whole), so no second regex is needed for that.
 */
function hashtagRun(): RegExp {
  charRun ??= new RegExp(`[\\p{L}\\p{M}\\p{Nd}${SPECIAL}]+`, 'uy');
  return charRun;
}

function isHashSign(code: number): boolean {
  return code === Code.HASH || code === Code.FULLWIDTH_HASH;
}

/**
 * Whether the `#` at `at` has a valid left boundary that starts at or after `consumed`: the start
 * of the text, a variation selector (U+FE0E/U+FE0F, so `✌️#tag` works), or any whole code point
 * that is neither a hashtag character nor `&`.
 */
function hasHashtagBoundary(text: string, at: number, consumed: number): boolean {
  if (at === 0) return true;
  let from = at - 1;
  const code = text.charCodeAt(from);
  if (code >= 0xdc00 && code <= 0xdfff) {
    const high = from > 0 ? text.charCodeAt(from - 1) : 0;
    if (!(high >= 0xd800 && high <= 0xdbff)) return false;
    from -= 1;
  } else if (code >= 0xd800 && code <= 0xdbff) {
    return false;
  }
  if (from < consumed) return false;
  if (code === 0xfe0e || code === 0xfe0f) return true;
  if (code === 0x26) return false;
  // `from` starts the code point before the `#` (a whole pair, as checked above).
  const run = hashtagRun();
  run.lastIndex = from;
  return !run.test(text);
}

/**
 * Finds hashtags as twitter-text's `extractHashtagsWithIndices` does: `#` or `＃` after a boundary,
 * not followed by U+FE0F or U+20E3 (emoji keycaps), then a run of Unicode letters, marks, decimal
 * digits and a few special joiners that contains at least one letter or mark (so `#16` is not a
 * hashtag). A tag followed by another hash sign or by `://` is dropped. In glued mode a tag also
 * ends where a glued link starts. Overlaps with URLs are resolved by the caller.
 *
 * @example
 * scanHashtags(createScanContext('#Ateş ve #16', false));
 * // [{ kind: EntityKind.hashtag, value: 'Ateş', start: 0, end: 5 }]
 */
export function scanHashtags(ctx: ScanContext): FoundEntity[] {
  const { text } = ctx;
  const n = text.length;
  const found: FoundEntity[] = [];
  let consumed = 0;
  const nextSign = sigilCursor(text, '#', '\uff03');
  for (let at = nextSign(0); at >= 0; at = nextSign(at + 1)) {
    if (at < consumed) continue;
    if (!hasHashtagBoundary(text, at, consumed)) continue;
    const next = text.charCodeAt(at + 1);
    if (next === 0xfe0f || next === 0x20e3) continue;
    const run = hashtagRun();
    run.lastIndex = at + 1;
    if (!run.test(text)) continue;
    let end = run.lastIndex;
    if (ctx.glued) {
      for (let i = at + 2; i < end; i++) {
        if (isGluedStart(ctx, i)) {
          end = i;
          break;
        }
      }
    }
    const value = text.slice(at + 1, end);
    if (!ALPHA.test(value)) continue;
    consumed = end;
    if (end < n && (isHashSign(text.charCodeAt(end)) || text.startsWith('://', end))) continue;
    found.push({ kind: EntityKind.hashtag, value, start: at, end });
  }
  return found;
}
