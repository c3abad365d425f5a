import { isSpace, trimEnd, wordStart } from '../kit/index.js';
import { isLetter, isLower, isUpper } from './letter-case.js';
import { lostBreaksWithin } from './lost-breaks.js';
import { startsLink } from './post-length.js';

/**
 * Seams where a flattener dropped a paragraph or line break without leaving a space (Readability's
 * `textContent`, cheerio's `.text()`; a `<br>` inside a post vanishes the same way): a sentence end
 * glued to the next sentence's first word, as in `said the mayor.Tonight the council` or
 * `the plan:Paul`. A seam is a word of two letters or more ending in a lowercase one (not a digit:
 * `1.Item` is a list; not a one-letter abbreviation: `e.g.The`, `z.B.Die`), then `.`, `!` or `?`
 * glued to a capital; or a letter and `:` glued to a capitalised word (`IRGC:Now`, not `10:30`);
 * or a sentence end and a closing quote glued to any capital (`time.”BREAKING`).
 * A document that shows the glued shape at least {@link MIN_SEAMS} times is {@link GluedSeams.glued}:
 * its paragraphs lost their breaks, and a seam may be where a post begins.
 */

/** Seams a document must show before they are taken for lost paragraph breaks. */
export const MIN_SEAMS = 3;

/** Whether a UTF-16 unit is the punctuation every seam holds: `.`, `!`, `?` or `:`. */
const isSeamPunctuation = (code: number): boolean => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a;

/**
 * The offset of the capital that a seam at the punctuation `at` opens, or -1 when `at` is no seam.
 *
 * @example
 * seamAt('said.Then', 4); // 5
 * seamAt('U.S.A', 1); // -1
 */
export function seamAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === 0x3a /* : */) return isLetter(text, at - 1) && isUpper(text, at + 1) && isLower(text, at + 2) ? at + 1 : -1;
  const next = text.charCodeAt(at + 1);
  if (next === 0x22 || next === 0x201d || next === 0x2019) return isUpper(text, at + 2) ? at + 2 : -1;
  return isUpper(text, at + 1) && isLower(text, at - 1) && isLetter(text, at - 2) ? at + 1 : -1;
}

/**
 * The glued seams of a text, found where they are needed: {@link GluedSeams.within} a body or a
 * window before a signature, and counted over the document (up to {@link MIN_SEAMS}) only when a
 * caller asks whether it is {@link GluedSeams.glued}. Built by {@link gluedSeams}.
 */
export interface GluedSeams {
  /** Whether the document shows at least {@link MIN_SEAMS} seams: its paragraphs were glued. Read once, stopping at the third seam. */
  readonly glued: boolean;
  /** The offsets of the seams' capitals within `[start, end)`, in order. Linear in the range. */
  within(start: number, end: number): number[];
  /**
   * `text.slice(start, end)` with a space put back at each seam between two of its words (none at
   * its edges or in its last word, none inside a link: `https://example.com/a.Bc` stays whole).
   * Linear in the slice.
   */
  restore(start: number, end: number): string;
}

/**
 * The {@link GluedSeams} of `text`. Each call is linear in the range it reads.
 *
 * @example
 * const text = 'One.Two three!Four five?Six';
 * const seams = gluedSeams(text);
 * seams.within(0, text.length); // [4, 14, 24]
 * seams.glued; // true
 * seams.restore(0, 18); // 'One. Two three! Four'
 */
export function gluedSeams(text: string): GluedSeams {
  let glued: boolean | undefined;
  const within = (start: number, end: number): number[] => {
    const found: number[] = [];
    // A seam's punctuation stands one or two characters before its capital. The walk stays inside
    // the window: a regex search for the next mark would run on to the end of a text without one,
    // once per window (quadratic over a document of signatures without punctuation).
    for (let at = Math.max(0, start - 2); at < end; at++) {
      if (!isSeamPunctuation(text.charCodeAt(at))) continue;
      const seam = seamAt(text, at);
      if (seam >= start && seam < end) found.push(seam);
    }
    return found;
  };
  return {
    get glued(): boolean {
      return (glued ??= countSeams(text, MIN_SEAMS) >= MIN_SEAMS);
    },
    within,
    restore(start, end) {
      // The body's last word: a seam inside it joins no second sentence (a page's label such as
      // `Ads` stuck to the post's end), and it is left as written.
      const last = lastWordStart(text, start, end);
      // In a glued document a `<br>` inside the post may have left no mark at all (see lost-breaks.ts).
      // The two kinds never fall on one offset: a seam's capital follows punctuation.
      const seams = this.glued
        ? within(start + 1, last)
            .concat(lostBreaksWithin(text, start, last))
            .sort((a, b) => a - b)
        : within(start + 1, last);
      if (seams.length === 0) return text.slice(start, end);
      let result = '';
      let from = start;
      // The start of the word the scan stands in, kept up to date as the scan moves forward.
      let word = start;
      let scanned = start;
      for (const seam of seams) {
        for (; scanned < seam; scanned++) if (isSpace(text.charCodeAt(scanned))) word = scanned + 1;
        if (startsLink(text, word)) continue;
        result += `${text.slice(from, seam)} `;
        from = seam;
      }
      return result + text.slice(from, end);
    },
  };
}

function lastWordStart(text: string, start: number, end: number): number {
  return wordStart(text, start, trimEnd(text, start, end));
}

/** The seam punctuation marks, which {@link countSeams} jumps between with `indexOf`. */
const SEAM_MARKS = ['.', '!', '?', ':'] as const;

/**
 * How many seams the whole text holds, counting up to `limit`. One forward pass that jumps from
 * one punctuation mark to the next with native `indexOf` (one cursor per mark, each moving only
 * forward), instead of looking at every character: the document-wide test runs on every text.
 */
function countSeams(text: string, limit: number): number {
  // A loop, not `map`: an array made by the optimised `map` can differ in shape from the
  // interpreter's, and the code reading it is thrown away (V8's deoptimisation trace).
  const next: number[] = [];
  for (const mark of SEAM_MARKS) next.push(text.indexOf(mark));
  let count = 0;
  for (;;) {
    let at = -1;
    let which = -1;
    for (let i = 0; i < next.length; i++) {
      const position = next[i]!;
      if (position !== -1 && (at === -1 || position < at)) {
        at = position;
        which = i;
      }
    }
    if (at === -1) return count;
    if (seamAt(text, at) !== -1 && ++count >= limit) return count;
    next[which] = text.indexOf(SEAM_MARKS[which]!, at + 1);
  }
}
