/**
 * `$CASHTAG` scanning with twitter-text's rules, in one pass over the dollar signs.
 */
import { isAsciiLetter, isJsWhitespace, isTwitterPunct, isTwitterSpace } from './characters.js';
import { EntityKind, isGluedStart, type FoundEntity, type ScanContext } from './scan-context.js';
import { sigilCursor } from './sigil-cursor.js';

/** The length limits of a cashtag (an enum, so that bundlers write the numbers in place). */
enum Limit {
  MAX_SYMBOL = 6,
  MAX_SUFFIX = 2,
}

/** Counts ASCII letters from `from`, stopping after `cap` letters or at a glued link. */
function countLetters(ctx: ScanContext, from: number, cap: number): number {
  const { text } = ctx;
  let i = from;
  while (i < text.length && i - from < cap && isAsciiLetter(text.charCodeAt(i))) {
    if (i > from && isGluedStart(ctx, i)) break;
    i++;
  }
  return i - from;
}

/** twitter-text's cashtag lookahead `(?=$|\s|[punct])`, plus glued-link starts in glued mode. */
function endsCashtag(ctx: ScanContext, index: number): boolean {
  const { text } = ctx;
  if (index >= text.length) return true;
  const code = text.charCodeAt(index);
  return isJsWhitespace(code) || isTwitterPunct(code) || isGluedStart(ctx, index);
}

/**
 * Finds cashtags as twitter-text's `extractCashtagsWithIndices` does: `$` at the start of the text
 * or after a space, then `[a-z]{1,6}` optionally followed by `.` or `_` and one or two letters
 * (`$TSLA`, `$BRK.B`, `$symbol_ab`), then the end of the text, whitespace or ASCII punctuation.
 * Digits and non-ASCII letters disqualify a symbol.
 *
 * @example
 * scanCashtags(createScanContext('$TSLA up, $BRK.B flat, $TOOLONG', false));
 * // [{ kind: EntityKind.cashtag, value: 'TSLA', start: 0, end: 5 },
 * //  { kind: EntityKind.cashtag, value: 'BRK.B', start: 10, end: 16 }]
 */
export function scanCashtags(ctx: ScanContext): FoundEntity[] {
  const { text } = ctx;
  const found: FoundEntity[] = [];
  let consumed = 0;
  const nextSign = sigilCursor(text, '$', '');
  for (let at = nextSign(0); at >= 0; at = nextSign(at + 1)) {
    if (at < consumed) continue;
    if (at > 0 && (at - 1 < consumed || !isTwitterSpace(text.charCodeAt(at - 1)))) continue;
    const symbol = countLetters(ctx, at + 1, Limit.MAX_SYMBOL + 1);
    if (symbol === 0 || symbol > Limit.MAX_SYMBOL) continue;
    const afterSymbol = at + 1 + symbol;
    let end = -1;
    const sep = text.charCodeAt(afterSymbol);
    if ((sep === 0x2e || sep === 0x5f) && !isGluedStart(ctx, afterSymbol + 1)) {
      const suffix = countLetters(ctx, afterSymbol + 1, Limit.MAX_SUFFIX + 1);
      if (suffix >= 1 && suffix <= Limit.MAX_SUFFIX && endsCashtag(ctx, afterSymbol + 1 + suffix)) {
        end = afterSymbol + 1 + suffix;
      }
    }
    if (end < 0 && endsCashtag(ctx, afterSymbol)) end = afterSymbol;
    if (end < 0) continue;
    consumed = end;
    found.push({ kind: EntityKind.cashtag, value: text.slice(at + 1, end), start: at, end });
  }
  return found;
}
