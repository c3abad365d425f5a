/**
 * Character classes and folding (lowercase, no accents) shared by the date matcher. Every function
 * looks at one character, so callers stay linear in the text they read.
 */
import { isInlineSpace } from '../kit/index.js';

const LETTER = /\p{L}/u;
const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const NO_SPACE_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/**
 * The folds of the characters that lowercasing and removing accents leave apart, written as
 * items separated by spaces: a character, then its fold.
 */
const SPECIAL_FOLDS = new Map(
  // Apostrophes and the marks written for them.
  (
    "\u2019' \u2018' \u02bc' \u00b4' \u2032' `' " +
    'ıi łl đd ßss ςσ ' +
    // Arabic: alef wasla, alef maqsura, teh marbuta, tatweel (alefs with a hamza or madda
    // decompose to alef and a mark, which folding removes).
    '\u0671\u0627 \u0649\u064a \u0629\u0647 \u0640 ' +
    // Persian and Urdu letter forms, read as their Arabic counterparts: yeh, keheh, heh variants.
    '\u06cc\u064a \u06a9\u0643 \u06c0\u0647 \u06c1\u0647 \u06be\u0647'
  )
    .split(' ')
    .map((item) => [item.charAt(0), item.slice(1)]),
);

/** The fold of characters that lowercasing and removing accents leave apart, else undefined. */
function specialFold(unit: string): string | undefined {
  return SPECIAL_FOLDS.get(unit);
}

/**
 * Whether the UTF-16 unit is a space inside a written date: the project's horizontal whitespace
 * (`isInlineSpace` of src/kit) except VT and FF, which end a line here, and the BOM, which is
 * ignorable (`isIgnorable`) rather than a space.
 *
 * @example
 * isDateSpace(0xa0); // true
 * isDateSpace(0x0c); // false (a line break in a date)
 */
export function isDateSpace(code: number): boolean {
  return code !== 0x0b && code !== 0x0c && code !== 0xfeff && isInlineSpace(code);
}

/**
 * Whether the UTF-16 unit is invisible formatting that scrapers leave inside dates (zero-width
 * space, direction marks, BOM, soft hyphen).
 *
 * @example
 * isIgnorable(0x200f); // true (right-to-left mark)
 */
export function isIgnorable(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || code === 0x061c || (code >= 0x2060 && code <= 0x2069) || code === 0xfeff || code === 0xad;
}

/**
 * The value of a decimal digit (ASCII, Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali,
 * Thai, fullwidth), else -1.
 *
 * @example
 * digitValue('٧'.charCodeAt(0)); // 7
 */
export function digitValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code < 0x660) return -1;
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return code - zero;
  return -1;
}

/** The zeros of the digit ranges {@link digitValue} reads besides ASCII. */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xff10];

/**
 * Whether the character at `index` is a letter (astral letters included).
 *
 * @example
 * isLetterAt('a1', 0); // true
 */
export function isLetterAt(text: string, index: number): boolean {
  const code = text.codePointAt(index);
  if (code === undefined) return false;
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(String.fromCodePoint(code));
}

/**
 * Whether the character at `index` is a combining mark.
 *
 * @example
 * isMarkAt('e\u0301', 1); // true
 */
export function isMarkAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code) || code < 0x300) return false;
  return MARK.test(text.charAt(index));
}

/**
 * Whether a letter belongs to a script written without spaces between words (Han, kana, Hangul),
 * where a word needs no boundary after it.
 *
 * @example
 * isNoSpaceLetter('年'); // true
 */
export function isNoSpaceLetter(char: string): boolean {
  return char.charCodeAt(0) >= 0x1100 && NO_SPACE_SCRIPT.test(char);
}

/** Nukta signs (Devanagari, Bengali): `फ़` and `फ` are spelled both ways, so they fold alike. */
const NUKTA = /[\u093c\u09bc]/g;

/**
 * Whether the UTF-16 unit belongs to a script whose combining marks are vowels and tone marks,
 * not accents (Devanagari, Bengali, Thai): dropping them would merge different words (Thai
 * `ม.ค.` January and `มี.ค.` March), so they are kept.
 */
function keepsMarks(code: number): boolean {
  return (code >= 0x900 && code <= 0x9ff) || (code >= 0xe00 && code <= 0xe7f);
}

const FOLD_CACHE_LIMIT = 4096;
let foldCache: Map<string, string> | undefined;

/**
 * Folds one UTF-16 unit for comparison: lowercase, compatibility forms and accents removed,
 * apostrophes unified, horizontal whitespace to `' '`, invisible formatting and marks to `''`
 * (except the vowel and tone marks of Devanagari, Bengali and Thai, which are kept; only the
 * nukta is dropped there). Persian/Urdu `ی` `ک` `ۀ` `ہ` `ھ` fold to Arabic `ي` `ك` `ه`.
 *
 * @example
 * foldChar('É'); // 'e'
 */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
    if (code === 0x60) return "'";
    if (code === 0x09) return ' ';
    return char;
  }
  if (isDateSpace(code)) return ' ';
  if (isIgnorable(code)) return '';
  foldCache ??= new Map();
  const cached = foldCache.get(char);
  if (cached !== undefined) return cached;
  const lower = char.toLowerCase();
  let folded = specialFold(lower);
  if (folded === undefined && keepsMarks(code)) {
    folded = lower.normalize('NFD').replace(NUKTA, '');
  } else if (folded === undefined) {
    folded = '';
    for (const unit of lower.normalize('NFKD').replace(MARKS, '').normalize('NFC')) {
      folded += specialFold(unit) ?? unit;
    }
  }
  if (foldCache.size < FOLD_CACHE_LIMIT) foldCache.set(char, folded);
  return folded;
}

/**
 * Folds a whole string with {@link foldChar}, collapsing runs of spaces to one and trimming. Only
 * spellings are folded this way (locale data, written on one line), never the input.
 *
 * @example
 * foldText(' Févr. '); // 'fevr.'
 */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text.charAt(i));
  return out.replace(/ +/g, ' ').trim();
}

/**
 * The index of the first character at or after `index` that is neither horizontal whitespace nor
 * invisible formatting, without passing `limit`.
 *
 * @example
 * skipInlineSpace('a  b', 1, 4); // 3
 */
export function skipInlineSpace(text: string, index: number, limit: number): number {
  let i = index;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (!isDateSpace(code) && !isIgnorable(code)) break;
    i++;
  }
  return i;
}
