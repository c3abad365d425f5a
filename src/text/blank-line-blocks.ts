import { trimEnd, trimStart } from '../kit/index.js';
import { isNumbered } from './boundary-model/index.js';
import { CLOSERS, isFullStop } from './line-end-marks.js';
import { previousNonBlank, type LineTable } from './line-table.js';
import { MAX_POST_LENGTH } from './post-length.js';

/** At most this many lines above a body are taken up to the blank line that opens its block. */
const MAX_BLOCK_LINES = 8;

/**
 * Where a body begins that stands in a block opened by a blank line, in a document that breaks its
 * paragraphs with bare line breaks (its usual gap is none). There a blank line is the page's own
 * block edge: Readability's `textContent` writes `<blockquote>\n<p>` as one, so the quoted post
 * starts below it, and every line between it and the signature is the post's, even one that ends
 * a sentence (`President signed the order.` / `This is a policy…`) or one ending with `:` (the
 * heading of the post's own list: an article's lead-in would stand above the blank line). Each line
 * must end as a line of its own does (see {@link endsOwnLine}): in text hard-wrapped at a width,
 * where every paragraph runs line after line, a blank line is only a paragraph break.
 *
 * `topLine` is the body's first line so far, `length` its weighted length; `gluedOneLine` says the
 * body is that line alone, glued to its signature (`obviously.— Tessa`): a line above that ends a
 * sentence is then the article's. Null when the document
 * has a usual gap, when the lines above reach the document's start or the line of the previous
 * embed (which ends at `previousEnd`) before a blank line, when nothing stands above that blank line, when more than {@link MAX_BLOCK_LINES}
 * lines stand between, or when the block would be longer than a post. Reads at most that many
 * lines, each measured no further than the room left.
 *
 * @example
 * const text = 'Article.\nMore.\n\nThe order is signed.\nIt starts today. — Ana (@ana) May 3, 2024';
 * // blockTop(text, readLines(text), 3, 16, 0) → 16 ('The order is signed.')
 */
export function blockTop(
  text: string,
  lines: LineTable,
  topLine: number,
  length: number,
  previousEnd: number,
  gluedOneLine = false,
): number | null {
  if (lines.baseGap !== 0) return null;
  let total = length;
  let start: number | null = null;
  for (let line = topLine - 1; line >= 0 && line >= topLine - MAX_BLOCK_LINES; line--) {
    const lineStart = lines.starts[line] ?? 0;
    if (lineStart < previousEnd) return null;
    // The blank line: the block's edge, if the article's text stands above it. A blank line with
    // nothing above is the document's margin, and one right below the previous embed that embed's
    // own: neither tells where this quote begins.
    if (lines.blank[line] === true) {
      const above = previousNonBlank(lines, line);
      return above >= 0 && (lines.starts[above] ?? 0) >= previousEnd ? start : null;
    }
    const from = trimStart(text, lineStart, lines.ends[line] ?? 0);
    const to = trimEnd(text, from, lines.ends[line] ?? 0);
    // Above a one-line body glued to its signature (`obviously.— Tessa`), the page wrote the quote
    // as one block: a sentence's end on the line above is the article's.
    if (gluedOneLine && line === topLine - 1 && isFullStop(text.charCodeAt(to - 1))) return null;
    // A line wrapped at a width (html-to-text's 80 columns) is a paragraph's middle, not a block's line.
    if (!endsOwnLine(text, from, to, lines, line + 1)) return null;
    total += lines.weight(from, to, MAX_POST_LENGTH - total);
    if (total > MAX_POST_LENGTH) return null;
    start = from;
  }
  return null;
}

/**
 * Whether a line break after `text[from, to)` is one the page wrote, not one a wrap at a width
 * made: the line ends a sentence or a clause (`.`, `!`, `?`, `…`, `:`, `;`, a full stop in any
 * script, maybe inside closing quotes or a bracket), or the next line (`next`) is a list item
 * (`(2) …`, `2. …`, `• …`, `- …`).
 */
function endsOwnLine(text: string, from: number, to: number, lines: LineTable, next: number): boolean {
  let at = to - 1;
  while (at > from && CLOSERS.has(text.charCodeAt(at))) at--;
  const last = text.charCodeAt(at);
  return isFullStop(last) || LINE_ENDS.has(last) || opensListItem(text, lines, next);
}

/**
 * Whether line `line` opens a list item: a bullet (`•`, `·`, `-`, `*`, `–`) or a number
 * (`2. …`, `2) …`, `(2) …`). A line ending with `:` above one heads a list.
 *
 * @example
 * const text = 'Rules:\n(1) Arrive early';
 * opensListItem(text, readLines(text), 1); // true
 */
export function opensListItem(text: string, lines: LineTable, line: number): boolean {
  const end = lines.ends[line] ?? 0;
  const item = trimStart(text, lines.starts[line] ?? 0, end);
  const mark = text.charCodeAt(item);
  if (LIST_MARKS.has(mark)) return true;
  return isNumbered(text, mark === 0x28 /* ( */ ? item + 1 : item, end);
}

/** Marks that end a sentence or a clause, besides the full stops: `!`, `?`, `…`, `:`, `;` (and their full-width forms). */
const LINE_ENDS = new Set([0x21, 0x3f, 0x2026, 0x3a, 0x3b, 0xff01, 0xff1f, 0xff1a, 0xff1b]);
/** Bullets that open a list item: `•`, `·`, `-`, `*`, `–`. */
const LIST_MARKS = new Set([0x2022, 0xb7, 0x2d, 0x2a, 0x2013]);
