import { isLineBreak, isSpace } from './characters.js';

/** Where a signature dash stands: `start` is its first character, `end` is just past it. */
export interface DashSpan {
  /** Offset of the dash's first character. */
  start: number;
  /** Offset just past the dash. */
  end: number;
}

/**
 * Finds the signature dash nearest before `before`, on the same line and not before `floor`:
 * an em, en, figure or horizontal-bar dash (also glued to the word before it, also doubled), `--`,
 * a hyphen with whitespace on both sides, or a dash that a broken scraper left percent-encoded
 * (`%u2014`). A hyphen inside a word (`Jean-Luc`) is not a dash. With `acrossLines` (text from
 * HTML, where a line break is only whitespace) the search does not stop at the start of the line.
 *
 * @example
 * findDashBefore('need.— Jane Roe (@janeroe)', 0, 16); // { start: 5, end: 6 }
 * findDashBefore('need. —\nJane Roe (@janeroe)', 0, 17, { acrossLines: true }); // { start: 6, end: 7 }
 */
export function findDashBefore(text: string, floor: number, before: number, options?: { acrossLines?: boolean }): DashSpan | null {
  const acrossLines = options?.acrossLines === true;
  for (let i = before - 1; i >= floor; i--) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) {
      if (acrossLines) continue;
      return null;
    }
    if (code === 0x2014 || code === 0x2013 || code === 0x2015 || code === 0x2012) {
      let start = i;
      while (start > floor && text.charCodeAt(start - 1) === code) start--;
      return { start, end: i + 1 };
    }
    if (code === 0x2d /* - */) {
      if (i > floor && text.charCodeAt(i - 1) === 0x2d) return { start: i - 1, end: i + 1 };
      const spacedBefore = i === 0 || isSpace(text.charCodeAt(i - 1));
      const spacedAfter = i + 1 >= text.length || isSpace(text.charCodeAt(i + 1));
      if (spacedBefore && spacedAfter) return { start: i, end: i + 1 };
      continue;
    }
    // `%u2014` or `%u2013` ending here: this unit is their last, so only their shared `%u201` is left to compare.
    if (code === 0x34 || code === 0x33) {
      const start = i - 5;
      if (start >= floor && text.startsWith('%u201', start)) return { start, end: i + 1 };
    }
  }
  return null;
}
