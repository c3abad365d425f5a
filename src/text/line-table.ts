import { isBlank } from '../kit/index.js';

/** Line breaks other than LF: when none occurs, lines are split with indexOf alone. */
const OTHER_BREAKS = ['\r', '\u0085', '\u2028', '\u2029'];

/**
 * The lines of a text, built in one pass: where each starts and ends, which are blank, and the
 * document's usual gap (blank lines) between paragraphs. Built only when a signature is found, so
 * embed-free input never pays for it.
 *
 * @example
 * const lines = new LineTable('a\n\nb\n\n\n\nc');
 * lines.lineAt(3); // 2 (the line holding 'b')
 * lines.baseGap; // 1
 */
export class LineTable {
  /** Offset of each line's first character. */
  readonly starts: number[] = [];
  /** Offset just past each line's last character (before its line break). */
  readonly ends: number[] = [];
  /** Whether each line holds only whitespace. */
  readonly blank: boolean[] = [];
  /** The most common number of blank lines between two consecutive non-blank lines (ties: the wider gap). */
  readonly baseGap: number;

  constructor(text: string) {
    // Native searches find line breaks far faster than a loop over every character: indexOf when
    // the text has only LF breaks (the common case), else the regex engine. A line's blankness is
    // usually settled by its first character.
    let start = 0;
    if (!OTHER_BREAKS.some((other) => text.includes(other))) {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', start)) {
        this.push(start, at, isBlank(text, start, at));
        start = at + 1;
      }
    } else {
      const breaks = /\r\n?|[\n\u0085\u2028\u2029]/g;
      for (let match = breaks.exec(text); match !== null; match = breaks.exec(text)) {
        this.push(start, match.index, isBlank(text, start, match.index));
        start = match.index + match[0].length;
      }
    }
    this.push(start, text.length, isBlank(text, start, text.length));
    this.baseGap = this.computeBaseGap();
  }

  /** The index of the line holding `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The nearest non-blank line above `line`, or -1. */
  previousNonBlank(line: number): number {
    let i = line - 1;
    while (i >= 0 && this.blank[i] === true) i--;
    return i;
  }

  /** The nearest non-blank line below `line`, or -1. */
  nextNonBlank(line: number): number {
    let i = line + 1;
    while (i < this.blank.length && this.blank[i] === true) i++;
    return i < this.blank.length ? i : -1;
  }

  private push(start: number, end: number, blank: boolean): void {
    this.starts.push(start);
    this.ends.push(end);
    this.blank.push(blank);
  }

  private computeBaseGap(): number {
    const counts = new Map<number, number>();
    let previous = -1;
    for (let i = 0; i < this.blank.length; i++) {
      if (this.blank[i] === true) continue;
      if (previous !== -1) {
        const gap = i - previous - 1;
        counts.set(gap, (counts.get(gap) ?? 0) + 1);
      }
      previous = i;
    }
    let best = 1;
    let bestCount = 0;
    for (const [gap, count] of counts) {
      if (count > bestCount || (count === bestCount && gap > best)) {
        best = gap;
        bestCount = count;
      }
    }
    return best;
  }
}
