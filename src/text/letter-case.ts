/** Unicode letter case at an offset of a text, for the glued-text rules (glued-seams, glued-bodies, lost-breaks). */

const LOWER = /^\p{Ll}$/u;
const UPPER = /^\p{Lu}$/u;
const LETTER = /^\p{L}$/u;

/**
 * Whether the UTF-16 unit at `at` is a lowercase letter (any script that has case).
 *
 * @example
 * isLower('aÉ', 0); // true
 */
export const isLower = (text: string, at: number): boolean => {
  // ASCII (most text) by range, anything else by the Unicode property.
  const code = text.charCodeAt(at);
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : LOWER.test(text.charAt(at));
};

/**
 * Whether the UTF-16 unit at `at` is an uppercase letter.
 *
 * @example
 * isUpper('aÉ', 1); // true
 */
export const isUpper = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : UPPER.test(text.charAt(at));
};

/**
 * Whether the UTF-16 unit at `at` is a letter of any script.
 *
 * @example
 * isLetter('日1', 0); // true
 */
export const isLetter = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code < 0x80 ? (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a : LETTER.test(text.charAt(at));
};
