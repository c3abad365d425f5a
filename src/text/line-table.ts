import { isBlank } from '../kit/index.js';
import { MAX_POST_LENGTH, weightedLength } from './post-length.js';
import { dominantScript, type Script } from './scripts.js';

/** Line breaks other than LF: when none occurs, lines are split with indexOf alone. */
const OTHER_BREAKS = ['\r', '\u0085', '\u2028', '\u2029'];

/** How many letters of a range are read to tell its script (see {@link LineTable.script}). */
export const SCRIPT_SAMPLE = 40;

/**
 * The lines of a text, built in one pass by {@link readLines}: where each starts and ends, which
 * are blank, and the document's usual gap (blank lines) between paragraphs. Built only when a
 * signature is found, so embed-free input never pays for it. It also keeps what the body rules
 * measure on the lines (a range's weighted length, its script), so that each range is read once
 * per text: the hand rules, the boundary model's walk and the seam rules look at the same lines
 * above each signature. Lines are found with {@link lineAt}, {@link previousNonBlank} and
 * {@link nextNonBlank}. A class: its measures are methods the engine inlines into the body rules'
 * loops (closures held in fields, one set per text, measured about 7 % slower on embed-dense text).
 *
 * @example
 * const lines = readLines('a\n\nb\n\n\n\nc');
 * lineAt(lines, 3); // 2 (the line holding 'b')
 * lines.baseGap; // 1
 * lines.weight(0, 1); // 1
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
  /** Whether a blank line stands somewhere between two lines of text (margins at the ends do not count). */
  readonly blankLinesBetween: boolean;
  private readonly text: string;
  private gap: number | undefined;
  private readonly weights = new RangeMemo<number>();
  private readonly scripts = new RangeMemo<Script | null>();

  constructor(text: string) {
    this.text = text;
    const { starts, ends, blank } = this;
    const push = (start: number, end: number): void => {
      starts.push(start);
      ends.push(end);
      blank.push(isBlank(text, start, end));
    };
    // Native searches find line breaks far faster than a loop over every character: indexOf when
    // the text has only LF breaks (the common case), else the regex engine. A line's blankness is
    // usually settled by its first character.
    let start = 0;
    if (!OTHER_BREAKS.some((other) => text.includes(other))) {
      for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', start)) {
        push(start, at);
        start = at + 1;
      }
    } else {
      const breaks = /\r\n?|[\n\u0085\u2028\u2029]/g;
      for (let match = breaks.exec(text); match !== null; match = breaks.exec(text)) {
        push(start, match.index);
        start = match.index + match[0].length;
      }
    }
    push(start, text.length);
    const gaps = countGaps(blank, () => true);
    this.baseGap = mostCommonGap(gaps, 1);
    this.blankLinesBetween = [...gaps.keys()].some((gap) => gap > 0);
  }

  /**
   * The most common gap (blank lines) below a paragraph of prose, a line of at least
   * {@link PARAGRAPH_WEIGHT}: how the article separates its paragraphs. Short lines (code, list
   * items, headings, the lines of a quote) are left out, so that a page whose code blocks run line
   * after line still counts as one that separates its paragraphs by blank lines. Ties: the wider
   * gap; no paragraph of prose: {@link LineTable.baseGap}. Measured once, when first asked.
   *
   * @example
   * readLines(`${'word '.repeat(30)}\n\n${'word '.repeat(30)}\ncode\ncode`).paragraphGap(); // 1
   */
  paragraphGap(): number {
    const { text, starts, ends } = this;
    return (this.gap ??= mostCommonGap(
      countGaps(
        this.blank,
        (line) =>
          (ends[line] ?? 0) - (starts[line] ?? 0) >= PARAGRAPH_WEIGHT / 2 &&
          weightedLength(text, starts[line] ?? 0, ends[line] ?? 0, PARAGRAPH_WEIGHT) >= PARAGRAPH_WEIGHT,
      ),
      this.baseGap,
    ));
  }

  /**
   * `weightedLength(text, start, end, limit)` for a `limit` up to {@link MAX_POST_LENGTH}: the exact
   * weighted length when it is at most `limit`, else some number above `limit` (callers only ask
   * whether a range passes it). Each range is counted once, up to {@link MAX_POST_LENGTH}.
   *
   * @example
   * readLines('Hi pic.twitter.com/x').weight(0, 20); // 3
   */
  weight(start: number, end: number, limit = MAX_POST_LENGTH): number {
    if (limit > MAX_POST_LENGTH) return weightedLength(this.text, start, end, limit);
    return this.weights.get(this.text, start, end, countToMaximum);
  }

  /**
   * `dominantScript(text, start, end, SCRIPT_SAMPLE)`: the script of the range's first
   * {@link SCRIPT_SAMPLE} letters, read once per range.
   *
   * @example
   * readLines('Καλημέρα').script(0, 8); // Script.Greek
   */
  script(start: number, end: number): Script | null {
    return this.scripts.get(this.text, start, end, sampleScript);
  }
}

/**
 * The {@link LineTable} of `text`.
 *
 * @example
 * readLines('one\n\ntwo').blank; // [false, true, false]
 */
export function readLines(text: string): LineTable {
  return new LineTable(text);
}

/**
 * The index of the line of `lines` holding `offset`.
 *
 * @example
 * lineAt(readLines('a\n\nb'), 3); // 2
 */
export function lineAt(lines: LineTable, offset: number): number {
  const { starts } = lines;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * The nearest non-blank line above `line`, or -1.
 *
 * @example
 * previousNonBlank(readLines('a\n\nb'), 2); // 0
 */
export function previousNonBlank(lines: LineTable, line: number): number {
  let i = line - 1;
  while (i >= 0 && lines.blank[i] === true) i--;
  return i;
}

/**
 * The nearest non-blank line below `line`, or -1.
 *
 * @example
 * nextNonBlank(readLines('a\n\nb'), 0); // 2
 */
export function nextNonBlank(lines: LineTable, line: number): number {
  const { blank } = lines;
  let i = line + 1;
  while (i < blank.length && blank[i] === true) i++;
  return i < blank.length ? i : -1;
}

/** How often each gap (blank lines) stands below a non-blank line that `counted` accepts and above the next one. */
function countGaps(blank: readonly boolean[], counted: (line: number) => boolean): Map<number, number> {
  const counts = new Map<number, number>();
  let previous = -1;
  for (let i = 0; i < blank.length; i++) {
    if (blank[i] === true) continue;
    if (previous !== -1 && counted(previous)) {
      const gap = i - previous - 1;
      counts.set(gap, (counts.get(gap) ?? 0) + 1);
    }
    previous = i;
  }
  return counts;
}

/** A line at least this long (weighted, links not counted) is a paragraph of prose. */
const PARAGRAPH_WEIGHT = 100;

/** The gap seen most often (ties: the wider one), or `fallback` when none was seen. */
function mostCommonGap(counts: Map<number, number>, fallback: number): number {
  let best = fallback;
  let bestCount = 0;
  for (const [gap, count] of counts) {
    if (count > bestCount || (count === bestCount && gap > best)) {
      best = gap;
      bestCount = count;
    }
  }
  return best;
}

function countToMaximum(text: string, start: number, end: number): number {
  return weightedLength(text, start, end, MAX_POST_LENGTH);
}

function sampleScript(text: string, start: number, end: number): Script | null {
  return dominantScript(text, start, end, SCRIPT_SAMPLE);
}

/**
 * What a measure gave for each range of a text, kept by the range's start (with its end: a range
 * with the same start and another end is measured anew and replaces it).
 */
class RangeMemo<T> {
  private readonly ends = new Map<number, number>();
  private readonly values = new Map<number, T>();

  get(text: string, start: number, end: number, measure: (text: string, start: number, end: number) => T): T {
    if (this.ends.get(start) === end) return this.values.get(start) as T;
    const value = measure(text, start, end);
    this.ends.set(start, end);
    this.values.set(start, value);
    return value;
  }
}
