/**
 * Finds the sigils (`@`, `#`, `$` and their full-width forms) of a text with `indexOf`, which
 * skips the characters between them natively: the mention, hashtag and cashtag scanners look at
 * nothing else first, and prose holds few sigils.
 */

/**
 * A walk over the positions of one or two sigil characters in a text, in order: the function
 * returned gives the first sigil at or after `from` (or -1), and must not be asked for an earlier
 * `from` than before. Each `indexOf` starts where the last one stopped, so walking the whole text
 * costs one pass per character.
 *
 * @example
 * const next = sigilCursor('a @b ＠c', '@', '＠');
 * next(0); // 2
 * next(3); // 5
 * next(6); // -1
 */
export function sigilCursor(text: string, ascii: string, wide: string): (from: number) => number {
  let nextAscii = text.indexOf(ascii);
  // `wide` is the full-width form, or '' when there is none.
  let nextWide = wide === '' ? -1 : text.indexOf(wide);
  return (from) => {
    if (nextAscii >= 0 && nextAscii < from) nextAscii = text.indexOf(ascii, from);
    if (nextWide >= 0 && nextWide < from) nextWide = text.indexOf(wide, from);
    if (nextAscii < 0) return nextWide;
    if (nextWide < 0) return nextAscii;
    return Math.min(nextAscii, nextWide);
  };
}
