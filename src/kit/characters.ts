/**
 * Whether a UTF-16 code unit is horizontal whitespace: space, tab, NBSP, the U+2000–U+200A
 * spaces, narrow NBSP, medium mathematical space, ideographic space, or a form feed.
 *
 * @example
 * isInlineSpace(0xa0); // true (NBSP)
 */
export function isInlineSpace(code: number): boolean {
  // Printable ASCII (most text) first: one range test instead of the list below.
  if (code > 0x20 && code < 0xa0) return false;
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Whether a UTF-16 code unit ends a line: LF, CR, NEL, or the Unicode line and paragraph
 * separators.
 *
 * @example
 * isLineBreak(0x0a); // true
 */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/**
 * Whether a UTF-16 code unit is any whitespace {@link isInlineSpace} or {@link isLineBreak} accepts.
 *
 * @example
 * isSpace(0x3000); // true (ideographic space)
 */
export function isSpace(code: number): boolean {
  // Printable ASCII (most text) first: no whitespace lies strictly between space and NEL.
  if (code > 0x20 && code < 0x85) return false;
  return isInlineSpace(code) || isLineBreak(code);
}

/**
 * Whether `text[start, end)` holds only whitespace (an empty range does).
 *
 * @example
 * isBlank('a \n b', 1, 4); // true
 */
export function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Collapses every run of whitespace (any Unicode space or line break) to one space and trims the
 * ends, in one pass. With `maxLength`, stops as soon as the result is longer than that: a result
 * longer than `maxLength` is a prefix of the whole one (the caller cuts it), and a post of
 * millions of words costs no more than its first `maxLength` characters.
 *
 * @example
 * collapseWhitespace('  Met with\u00a0@IsraeliPM\n\n\nin Jerusalem '); // 'Met with @IsraeliPM in Jerusalem'
 * collapseWhitespace('a  b  c  d', 3); // 'a b c' (longer than 3: cut short)
 */
export function collapseWhitespace(text: string, maxLength = Infinity): string {
  // Words joined by one plain space are already collapsed: each such stretch of the text is kept
  // as one slice, so a paragraph written with single spaces costs one slice, not one per word.
  let out = '';
  let stretchStart = -1;
  let stretchEnd = -1;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
    const wordStart = i;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    if (stretchStart === -1) stretchStart = wordStart;
    else if (wordStart !== stretchEnd + 1 || text.charCodeAt(stretchEnd) !== 0x20) {
      out += out.length > 0 ? ` ${text.slice(stretchStart, stretchEnd)}` : text.slice(stretchStart, stretchEnd);
      stretchStart = wordStart;
    }
    stretchEnd = i;
    if (out.length + (out.length > 0 ? 1 : 0) + (stretchEnd - stretchStart) > maxLength) break;
  }
  if (stretchStart === -1) return out;
  return out.length > 0 ? `${out} ${text.slice(stretchStart, stretchEnd)}` : text.slice(stretchStart, stretchEnd);
}

/**
 * The offset just past the last non-whitespace character before `end`, not going below `start`.
 *
 * @example
 * trimEnd('body   — Name', 0, 7); // 4
 */
export function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The offset of the first non-whitespace character at or after `start`, not going past `end`.
 *
 * @example
 * trimStart('   body', 0, 7); // 3
 */
export function trimStart(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The offset past the horizontal whitespace ({@link isInlineSpace}) from `at`, not going past
 * `end`: line breaks stop it.
 *
 * @example
 * skipInlineSpace('on \t May 1', 2); // 5
 */
export function skipInlineSpace(text: string, at: number, end = text.length): number {
  let i = at;
  while (i < end && isInlineSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether only horizontal whitespace ({@link isInlineSpace}) stands between the start of the line
 * and `at`.
 *
 * @example
 * opensLine('text\n  https://x.com', 7); // true
 */
export function opensLine(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && isInlineSpace(text.charCodeAt(i - 1))) i--;
  return i === 0 || isLineBreak(text.charCodeAt(i - 1));
}

/**
 * Whether only horizontal whitespace ({@link isInlineSpace}) follows `at` to the end of its line.
 *
 * @example
 * endsLine('https://x.com  \nmore', 13); // true
 */
export function endsLine(text: string, at: number): boolean {
  const i = skipInlineSpace(text, at);
  return i === text.length || isLineBreak(text.charCodeAt(i));
}

/**
 * The offset where the word (run of non-whitespace) that ends at `end` starts, not going below
 * `floor`.
 *
 * @example
 * wordStart('see pic.twitter.com/x', 0, 21); // 4
 */
export function wordStart(text: string, floor: number, end: number): number {
  let i = end;
  while (i > floor && !isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * Whether a UTF-16 code unit is an ASCII digit, `0`–`9`.
 *
 * @example
 * isAsciiDigit('7'.charCodeAt(0)); // true
 */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
