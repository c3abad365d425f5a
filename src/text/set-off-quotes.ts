import { isSpace, trimEnd, trimStart } from '../kit/index.js';
import { opensListItem } from './blank-line-blocks.js';
import { endsWithColon, isFullStop } from './line-end-marks.js';
import { lineAt, nextNonBlank, type LineTable } from './line-table.js';
import { MAX_POST_LENGTH } from './post-length.js';
import type { Signature } from './signature-scanner.js';

/**
 * Where the body of a quote set apart by blank lines begins, in a document whose paragraphs are
 * separated by bare line breaks (its usual gap is none). Such a page marks a block of its own, a
 * quoted post, by the blank lines around it: when a blank line follows the signature's line, the
 * post is the block of lines between the nearest blank line above and the signature, its line
 * breaks the post's own (`Wie lustig.` / `„Sie!“` / `— Name (@handle) …`), and the line above that
 * blank line is the article's (`Merken.`), however short. The block's top also stops below the
 * previous embed and below a line ending with `:` (the article's lead-in); above a one-line body
 * glued to its signature (`obviously.— Tessa`, a quote Readability wrote as one block), below a
 * line that ends a sentence. Whether the article separates its paragraphs by bare line breaks is
 * told from its paragraphs of prose only (see {@link LineTable.paragraphGap()}): code and lists run line after
 * line on pages that set their paragraphs apart by blank lines.
 *
 * Null when the rule does not apply, so the other body rules decide: the document has a usual
 * paragraph gap, no blank line follows the signature's line (or text follows the signature on
 * it), the block reaches the document's start or into the line the previous embed ends on, it is
 * empty, or it is longer than a post can be (prose, not a quote).
 *
 * Bounded: the walk stops as soon as the block passes a post's length, each line measured no
 * further than the room left.
 *
 * @example
 * const text = 'Short.\n\nLine one.\nLine two\n— Ana (@ana) May 3, 2024\n\nMore.';
 * // setOffQuoteStart(text, readLines(text), signature, 0) → 8 ('Line one.'), not 0 ('Short.')
 */
export function setOffQuoteStart(text: string, lines: LineTable, signature: Signature, previousEnd: number): number | null {
  if (lines.baseGap !== 0 || lines.paragraphGap() !== 0) return null;
  const line = lineAt(lines, signature.start);
  const lastLine = lineAt(lines, Math.max(signature.start, signature.end - 1));
  // Set apart below: nothing after the signature on its line, then a blank line before more text
  // (the document's end, or a final line break, sets nothing apart).
  const lastEnd = lines.ends[lastLine] ?? 0;
  if (trimStart(text, signature.end, lastEnd) < lastEnd || lines.blank[lastLine + 1] !== true || nextNonBlank(lines, lastLine) < 0)
    return null;
  const lineStart = lines.starts[line] ?? 0;
  if (lineStart < previousEnd) return null;
  let bodyStart = signature.start;
  let length = 0;
  const glued = signature.start > lineStart && !isSpace(text.charCodeAt(signature.start - 1));
  const inlineStart = trimStart(text, lineStart, signature.start);
  if (trimEnd(text, inlineStart, signature.start) > inlineStart) {
    bodyStart = inlineStart;
    length = lines.weight(inlineStart, signature.start);
    if (length > MAX_POST_LENGTH) return null;
  }
  for (let above = line - 1; ; above--) {
    // The document's start: no edge above the block.
    if (above < 0) return null;
    // A blank line: the block's top edge.
    if (lines.blank[above] === true) break;
    const aboveEnd = lines.ends[above] ?? 0;
    // The previous embed ends on the line above: the block begins below it; within it: unclear.
    if (aboveEnd <= previousEnd) break;
    if ((lines.starts[above] ?? 0) < previousEnd) return null;
    const start = trimStart(text, lines.starts[above] ?? 0, aboveEnd);
    const end = trimEnd(text, start, aboveEnd);
    // The article's lead-in; or, above a one-line body glued to its signature (`obviously.— Tessa`,
    // a quote written as one block), a line that ends a sentence: the article's paragraph.
    // A line ending with `:` above a list item heads the post's own list (`Drinking game:` / `(1) …`).
    if (
      (endsWithColon(text, start, end) && !opensListItem(text, lines, above + 1)) ||
      (above === line - 1 && glued && isFullStop(text.charCodeAt(end - 1)))
    )
      break;
    length += lines.weight(start, end, MAX_POST_LENGTH - length);
    if (length > MAX_POST_LENGTH) return null;
    bodyStart = start;
  }
  return bodyStart < signature.start ? bodyStart : null;
}
