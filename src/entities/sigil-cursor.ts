/**
 * Finds the sigils (`@`, `#`, `$` and their full-width forms) of a text with `indexOf`, which
 * skips the characters between them natively: the mention, hashtag and cashtag scanners look at
 * nothing else first, and prose holds few sigils.
 */

/**
 * The positions of one or two sigil characters in a text, in order. Each `indexOf` starts where
 * the last one stopped, so walking the whole text costs one pass per character.
 *
 * @example
 * const cursor = new SigilCursor('a @b ＠c', '@', '＠');
 * cursor.next(0); // 2
 * cursor.next(3); // 5
 * cursor.next(6); // -1
 */
export class SigilCursor {
  private readonly text: string;
  private readonly ascii: string;
  private readonly wide: string;
  private nextAscii: number;
  private nextWide: number;

  /** `wide` is the full-width form, or '' when there is none. */
  constructor(text: string, ascii: string, wide: string) {
    this.text = text;
    this.ascii = ascii;
    this.wide = wide;
    this.nextAscii = text.indexOf(ascii);
    this.nextWide = wide === '' ? -1 : text.indexOf(wide);
  }

  /** The first sigil at or after `from`, or -1. Calls must not go backwards. */
  next(from: number): number {
    if (this.nextAscii >= 0 && this.nextAscii < from) this.nextAscii = this.text.indexOf(this.ascii, from);
    if (this.nextWide >= 0 && this.nextWide < from) this.nextWide = this.text.indexOf(this.wide, from);
    if (this.nextAscii < 0) return this.nextWide;
    if (this.nextWide < 0) return this.nextAscii;
    return Math.min(this.nextAscii, this.nextWide);
  }
}
