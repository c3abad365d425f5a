/**
 * Character classes of twitter-text's extraction rules, as predicates on UTF-16 code units.
 *
 * twitter-text's JavaScript regexes have no `u` flag, so their classes match single code units;
 * these predicates do the same. ASCII membership is answered from one lazily built table.
 */
import { isSpace } from '../kit/index.js';

/** The ASCII classes, as bits of the table (an enum, so that bundlers write the numbers in place). */
enum Flag {
  /** twitter-text `punct`: ASCII punctuation except `"` and backtick */
  PUNCT = 1 << 0,
  /** validGeneralUrlPathChars (ASCII part) */
  PATH = 1 << 1,
  /** validUrlPathEndingChars (ASCII part) */
  PATH_END = 1 << 2,
  /** validUrlQueryChars */
  QUERY = 1 << 3,
  /** validUrlQueryEndingChars */
  QUERY_END = 1 << 4,
  /** validAsciiDomain label chars (ASCII part) */
  ASCII_LABEL = 1 << 5,
  /** [a-zA-Z0-9_] */
  SCREEN_NAME = 1 << 6,
  /** [a-zA-Z0-9_-] */
  LIST_SLUG = 1 << 7,
  /** chars that may not precede @: [a-zA-Z0-9_!#$%&*@] */
  MENTION_BLOCK = 1 << 8,
  /** chars that may not precede "RT": [a-zA-Z0-9_+~.-] */
  RT_BLOCK = 1 << 9,
  /** chars that may not precede a URL: [A-Za-z0-9@$#] */
  URL_BLOCK = 1 << 10,
  /** [a-zA-Z] */
  LETTER = 1 << 11,
  /** [a-zA-Z0-9] */
  ALNUM = 1 << 12,
}

let asciiTable: Uint16Array | undefined;

function table(): Uint16Array {
  if (asciiTable !== undefined) return asciiTable;
  const t = new Uint16Array(128);
  const add = (chars: string, flag: number): void => {
    for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)]! |= flag;
  };
  const lower = 'abcdefghijklmnopqrstuvwxyz';
  const letters = lower + lower.toUpperCase();
  const alnum = `${letters}0123456789`;
  add(letters, Flag.LETTER);
  add(alnum, Flag.ALNUM);
  add("!'#%&()*+,\\-./:;<=>?@[]^_{|}~$", Flag.PUNCT);
  add(`${alnum}!*';:=+,.$/%#[]-_~@|&`, Flag.PATH);
  add(`${alnum}+-=_#/`, Flag.PATH_END);
  add(`${alnum}!?*'@();:&=+$/%#[]-_.,~|`, Flag.QUERY);
  add(`${alnum}-_&=#/`, Flag.QUERY_END);
  add(`${alnum}-`, Flag.ASCII_LABEL);
  add(`${alnum}_`, Flag.SCREEN_NAME);
  add(`${alnum}_-`, Flag.LIST_SLUG);
  add(`${alnum}_!#$%&*@`, Flag.MENTION_BLOCK);
  add(`${alnum}_+~.-`, Flag.RT_BLOCK);
  add(`${alnum}@$#`, Flag.URL_BLOCK);
  asciiTable = t;
  return t;
}

function hasFlag(code: number, flag: number): boolean {
  return code < 128 && (table()[code]! & flag) !== 0;
}

/**
 * Whether a code unit is one of twitter-text's "latin accent" characters (accented Latin letters
 * and combining diacritics), which it allows in URL paths and ASCII-ish domain labels.
 *
 * @example
 * isLatinAccent('é'.charCodeAt(0)); // true
 */
export function isLatinAccent(code: number): boolean {
  return (
    (code >= 0xc0 && code <= 0xd6) ||
    (code >= 0xd8 && code <= 0xf6) ||
    (code >= 0xf8 && code <= 0x24f) ||
    code === 0x253 ||
    code === 0x254 ||
    code === 0x256 ||
    code === 0x257 ||
    code === 0x259 ||
    code === 0x25b ||
    code === 0x263 ||
    code === 0x268 ||
    code === 0x26f ||
    code === 0x272 ||
    code === 0x289 ||
    code === 0x28b ||
    code === 0x2bb ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

function isCyrillic(code: number): boolean {
  return code >= 0x400 && code <= 0x4ff;
}

/**
 * Whether a code unit is in twitter-text's `spaces` group (used before cashtags and as a
 * domain terminator): kit's {@link isSpace} without U+FEFF, plus U+180E. (Written through kit's
 * class, which the text reader ships anyway, rather than as a second list of the same spaces.)
 *
 * @example
 * isTwitterSpace(0x3000); // true (ideographic space)
 */
export function isTwitterSpace(code: number): boolean {
  return code === 0x180e || (code !== 0xfeff && isSpace(code));
}

/**
 * Whether a code unit matches JavaScript's `\s`: kit's {@link isSpace} without NEL (U+0085),
 * the one space it adds as a line break.
 *
 * @example
 * isJsWhitespace(0xfeff); // true
 */
export function isJsWhitespace(code: number): boolean {
  return code !== 0x85 && isSpace(code);
}

/**
 * Whether a code unit is ASCII punctuation in twitter-text's sense (`"` and backtick excluded).
 *
 * @example
 * isTwitterPunct('.'.charCodeAt(0)); // true
 */
export function isTwitterPunct(code: number): boolean {
  return hasFlag(code, Flag.PUNCT);
}

function isDirectionalMarker(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || code === 0x061c || code === 0x200e || code === 0x200f || (code >= 0x2066 && code <= 0x2069);
}

function isInvalidChar(code: number): boolean {
  return code === 0xfffe || code === 0xfeff || code === 0xffff;
}

/** Code units (an enum, so that bundlers write the numbers in place). */
enum Code {
  /** U+2026 HORIZONTAL Code.ELLIPSIS, which marks a truncated link in scraped text. */
  ELLIPSIS = 0x2026,
}

/**
 * Whether a code unit may appear in a domain label: anything but ASCII punctuation, spaces,
 * directional markers and non-characters. With `glued` the ellipsis is excluded as well.
 *
 * @example
 * isDomainChar('あ'.charCodeAt(0), false); // true
 * isDomainChar('_'.charCodeAt(0), false); // false
 */
export function isDomainChar(code: number, glued: boolean): boolean {
  // The ASCII spaces of twitter-text's group are kit's: one call less on the scanners' hot path.
  if (code < 128) return !hasFlag(code, Flag.PUNCT) && !isSpace(code);
  if (glued && code === Code.ELLIPSIS) return false;
  return !isTwitterSpace(code) && !isDirectionalMarker(code) && !isInvalidChar(code);
}

/**
 * Whether a code unit may appear in a run of host labels as the URL scanners read them: a domain
 * character, `_` or `-`.
 *
 * @example
 * isHostRunChar('_'.charCodeAt(0), false); // true
 */
export function isHostRunChar(code: number, glued: boolean): boolean {
  return code === 0x5f || code === 0x2d || isDomainChar(code, glued);
}

/**
 * Whether a code unit may directly precede a URL (anything but ASCII letters, digits, `@ $ #`,
 * their full-width forms and non-characters).
 *
 * @example
 * isUrlPrecedingChar('('.charCodeAt(0)); // true
 * isUrlPrecedingChar('a'.charCodeAt(0)); // false
 */
export function isUrlPrecedingChar(code: number): boolean {
  if (code < 128) return !hasFlag(code, Flag.URL_BLOCK);
  return code !== 0xff20 && code !== 0xff03 && !isInvalidChar(code);
}

/**
 * Whether a code unit may appear inside a URL path.
 *
 * @example
 * isPathChar(';'.charCodeAt(0)); // true
 */
export function isPathChar(code: number): boolean {
  if (code < 128) return hasFlag(code, Flag.PATH);
  return code === 0x2013 || isCyrillic(code) || isLatinAccent(code);
}

/**
 * Whether a code unit may end a URL path (so `/foo.` does not swallow the period).
 *
 * @example
 * isPathEndChar('.'.charCodeAt(0)); // false
 */
export function isPathEndChar(code: number): boolean {
  if (code < 128) return hasFlag(code, Flag.PATH_END);
  return isCyrillic(code) || isLatinAccent(code);
}

/**
 * Whether a code unit may appear in a URL query string.
 *
 * @example
 * isQueryChar('&'.charCodeAt(0)); // true
 */
export function isQueryChar(code: number): boolean {
  return hasFlag(code, Flag.QUERY);
}

/**
 * Whether a code unit may end a URL query string.
 *
 * @example
 * isQueryEndChar('!'.charCodeAt(0)); // false
 */
export function isQueryEndChar(code: number): boolean {
  return hasFlag(code, Flag.QUERY_END);
}

/**
 * Whether a code unit may appear in a label of an "ASCII" domain (the part of a protocol-less
 * match that is extracted): ASCII letters, digits, `-` and latin accents.
 *
 * @example
 * isAsciiLabelChar('Í'.charCodeAt(0)); // true
 */
export function isAsciiLabelChar(code: number): boolean {
  if (code < 128) return hasFlag(code, Flag.ASCII_LABEL);
  return isLatinAccent(code);
}

/**
 * Whether a code unit may appear in a screen name (`[a-zA-Z0-9_]`).
 *
 * @example
 * isScreenNameChar('_'.charCodeAt(0)); // true
 */
export function isScreenNameChar(code: number): boolean {
  return hasFlag(code, Flag.SCREEN_NAME);
}

/**
 * Whether a code unit may appear in a list slug after its first letter (`[a-zA-Z0-9_-]`).
 *
 * @example
 * isListSlugChar('-'.charCodeAt(0)); // true
 */
export function isListSlugChar(code: number): boolean {
  return hasFlag(code, Flag.LIST_SLUG);
}

/**
 * Whether a code unit is an ASCII letter.
 *
 * @example
 * isAsciiLetter('Z'.charCodeAt(0)); // true
 */
export function isAsciiLetter(code: number): boolean {
  return hasFlag(code, Flag.LETTER);
}

/**
 * Whether a code unit may NOT directly precede an `@` mention (`[a-zA-Z0-9_!#$%&*@＠]`).
 *
 * @example
 * blocksMention('!'.charCodeAt(0)); // true
 */
export function blocksMention(code: number): boolean {
  return code === 0xff20 || hasFlag(code, Flag.MENTION_BLOCK);
}

/**
 * Whether a code unit may NOT directly precede the "RT" of a retweet prefix (`[a-zA-Z0-9_+~.-]`).
 *
 * @example
 * blocksRetweetPrefix('.'.charCodeAt(0)); // true
 */
export function blocksRetweetPrefix(code: number): boolean {
  return hasFlag(code, Flag.RT_BLOCK);
}

/**
 * Whether a code unit is an ASCII letter or digit.
 *
 * @example
 * isAsciiAlnum('-'.charCodeAt(0)); // false
 */
export function isAsciiAlnum(code: number): boolean {
  return hasFlag(code, Flag.ALNUM);
}
