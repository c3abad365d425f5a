import { isSpace, trimEnd, trimStart, wordStart } from '../kit/index.js';
import { blockTop } from './blank-line-blocks.js';
import { boundaryModel, isNumbered, walkBody, type BodyBoundary, type BoundaryOptions } from './boundary-model/index.js';
import { datedLength, datedLimit } from './dated-limits.js';
import { gluedBodyStart } from './glued-bodies.js';
import type { GluedSeams } from './glued-seams.js';
import { endsWithColon, isFullStop } from './line-end-marks.js';
import { lineAt, previousNonBlank, readLines, type LineTable } from './line-table.js';
import { endLinks, MAX_POST_LENGTH, weightedLength } from './post-length.js';
import type { Script } from './scripts.js';
import { setOffQuoteStart } from './set-off-quotes.js';
import type { Signature } from './signature-scanner.js';

/** How sure a body start found from glued seams is: inferred, but the whole post is cut by the seam rules alone. */
const GLUED_CONFIDENCE = 0.8;

/**
 * Decides where each post body begins, for signatures in document order. The rules, in order:
 *
 * 1. Text before the dash on the signature's own line is body (a post may follow the end of the
 *    previous embed on the same line; it never reaches back past it).
 * 2. When the signature opens its line, the nearest non-blank line above is the body, unless it
 *    belongs to the previous embed, ends with `:` (an article's lead-in), is a list heading
 *    (`#5: …`, `3. …`), or is longer than a post can be; then the post has no text (an
 *    image-only post) and the body is empty.
 * 3. The body grows upwards across a bare line break where the article separates its paragraphs
 *    by blank lines (a line break inside the post; but not from a one-line body glued to its
 *    signature, `obviously.— Tessa`, to a line that ends a sentence), and across every gap wider than the
 *    document's usual paragraph gap (scrapers keep a post's inner paragraph breaks as extra blank
 *    lines) as long as the body stays within the length a post can have. In a document with no
 *    blank lines, it also grows to a short line above that does not end with a period or `:`, is
 *    not a numbered item and is not in another script than the body (a line of the post). It never grows past the previous embed, and
 *    across the usual gap only in three cases:
 *    - the body ends with `…` before its links, the widget's cut of a long post (Twitter shows 280
 *      characters of it), and is well short of that cut: the paragraphs directly above are the
 *      post's first ones when they bring it close to the cut without passing it;
 *    - a paragraph ending with `:` (the article's lead-in) stands at most two paragraphs above
 *      the body, and everything between fits in a post: it all belongs to the post;
 *    - the body is written in another script than the article (an English post on a Greek
 *      page): the paragraphs above in the body's script, up to the article's next paragraph in
 *      its own script, belong to the post, if they fit in one.
 *
 * Returns, for each signature, the offset where its body begins (equal to `signature.start` for an
 * empty body). `lines` is the text's line table when the caller has built it already. Linear: each line is visited at most once per signature, and never before the
 * previous signature.
 *
 * @example
 * const text = 'Article.\n\nFirst paragraph.\n\n\n\nSecond pic.twitter.com/x — A (@a) May 1, 2024';
 * // bodyStarts(text, signatures) → [10]: both post paragraphs, not the article's line.
 */
export function bodyStarts(text: string, signatures: readonly Signature[], lines?: LineTable, seams?: GluedSeams): number[] {
  return bodyBoundaries(text, signatures, lines, { model: boundaryModel }, seams).map((boundary) => boundary.start);
}

/**
 * Where each body begins and how sure that is: the rules above give a start, and the trained
 * boundary model (src/text/boundary-model) walks up from the signature paragraph by paragraph with
 * that start as one of its features, keeping or overriding it. `seams` are the lost paragraph
 * breaks of a glued document (see glued-seams.ts), when the caller has found them. `options` swaps the model (the
 * cross-validation trains one per fold) or asks for traces (training).
 *
 * @example
 * bodyBoundaries(text, signatures)[0]; // { start: 10, confidence: 0.97, sureStart: 10 }
 */
export function bodyBoundaries(
  text: string,
  signatures: readonly Signature[],
  lines?: LineTable,
  options: BoundaryOptions = { model: boundaryModel },
  seams?: GluedSeams,
): BodyBoundary[] {
  if (signatures.length === 0) return [];
  lines ??= readLines(text);
  const boundaries: BodyBoundary[] = [];
  let previousEnd = 0;
  for (const signature of signatures) {
    // A permalink alone on its line, a text-less widget's footer, and a line or a card that carries
    // its own text (its `text` is set, if only to null) have no body before them.
    if (signature.text !== undefined || signature.markup === 'status-url' || signature.markup === 'footer')
      boundaries.push({ start: signature.start, confidence: 1, sureStart: signature.start });
    else {
      // A start found from glued seams stands: the text above it has no line structure for the
      // boundary model to walk (it would climb to the previous embed).
      const seamStart = seamBodyStart(text, lines, signature, previousEnd, seams);
      if (seamStart !== null) boundaries.push({ start: seamStart, confidence: GLUED_CONFIDENCE, sureStart: seamStart });
      else boundaries.push(walkBody(text, lines, signature, previousEnd, bodyStartOf(text, lines, signature, previousEnd), options));
    }
    previousEnd = signature.end;
  }
  return boundaries;
}

/**
 * The body start the glued-seam rules give (see glued-bodies.ts) when the signature's line holds
 * text before it that is longer than a post, or the document's paragraphs were glued; else null.
 */
function seamBodyStart(
  text: string,
  lines: LineTable,
  signature: Signature,
  previousEnd: number,
  seams: GluedSeams | undefined,
): number | null {
  if (seams === undefined) return null;
  const lineStart = Math.max(lines.starts[lineAt(lines, signature.start)] ?? 0, previousEnd);
  const inlineStart = trimStart(text, lineStart, signature.start);
  if (trimEnd(text, inlineStart, signature.start) <= inlineStart) return null;
  // `afterPost`: the run follows the previous post's signature on its line, as a bridge of the article may.
  const afterPost = previousEnd > 0 && lineStart === previousEnd;
  // A run longer than a post, or in a document whose paragraphs were glued: see glued-bodies. A
  // run that lost its edges (it follows the previous post on its line, or the document is glued)
  // is also too long when it passes what its post could hold on its date. A run that opens its
  // line is a paragraph the flattener kept whole: it may be a translation, longer than the post.
  const limit = datedLimit(signature);
  const overlong =
    lines.weight(inlineStart, signature.start) > MAX_POST_LENGTH ||
    ((afterPost || seams.glued) && limit !== null && datedLength(text, inlineStart, signature.start, limit) > limit.length);
  return overlong || seams.glued ? gluedBodyStart(text, seams, inlineStart, signature.start, overlong, afterPost, limit) : null;
}

/** The start the line rules give, for a signature whose glued-seam start (`seamBodyStart`) is null. */
function bodyStartOf(text: string, lines: LineTable, signature: Signature, previousEnd: number): number {
  const setOff = setOffQuoteStart(text, lines, signature, previousEnd);
  if (setOff !== null) return setOff;
  const line = lineAt(lines, signature.start);
  const lineStart = Math.max(lines.starts[line] ?? 0, previousEnd);
  const inlineStart = trimStart(text, lineStart, signature.start);
  let bodyStart: number;
  let topLine: number;
  let length: number;
  const gluedSignature = signature.start > inlineStart && !isSpace(text.charCodeAt(signature.start - 1));
  if (trimEnd(text, inlineStart, signature.start) > inlineStart) {
    bodyStart = inlineStart;
    topLine = line;
    length = lines.weight(inlineStart, signature.start);
  } else {
    const above = previousNonBlank(lines, line);
    if (above < 0) return signature.start;
    const aboveStart = Math.max(lines.starts[above] ?? 0, previousEnd);
    const aboveEnd = lines.ends[above] ?? 0;
    if (aboveEnd <= previousEnd) return signature.start;
    const start = trimStart(text, aboveStart, aboveEnd);
    const end = trimEnd(text, start, aboveEnd);
    if (end <= start || endsWithColon(text, start, end) || isListHeading(text, start, end)) return signature.start;
    length = lines.weight(start, end);
    // Only a whole line may be taken for prose; the tail of a line after another embed counts too.
    if (aboveStart === lines.starts[above] && length > MAX_POST_LENGTH) return signature.start;
    bodyStart = start;
    topLine = above;
  }
  // The body's script, read only when a rule needs it.
  let bodyScript: Script | null | undefined;
  for (;;) {
    const above = lineAbove(text, lines, topLine, previousEnd);
    if (above === null) break;
    const { start, end } = above;
    const gap = topLine - above.line - 1;
    // Lengths are counted no further than the room left: prose is not read to its end.
    const measure = (): number => lines.weight(start, end, MAX_POST_LENGTH - length);
    let size: number;
    if (gap === 0 && lines.baseGap > 0) {
      // A bare line break where the article separates paragraphs by blank lines: a break inside
      // the post. Not above a one-line body glued to its signature (`obviously.— Tessa`) when the
      // line above ends a sentence: the page wrote the quote as one block, its markup's line
      // break kept between it and the article's paragraph.
      if (topLine === line && gluedSignature && isFullStop(text.charCodeAt(end - 1))) break;
      size = measure();
    } else if (gap > lines.baseGap) {
      // A wider break than the article's own: a paragraph break inside the post, as long as the
      // post stays within the length a post can have. Where the article breaks its paragraphs
      // with bare line breaks, a blank line is the page's block boundary (Readability's
      // textContent keeps the whitespace around a blockquote), and a paragraph ending with `:`
      // across it is the article's lead-in.
      if (lines.baseGap === 0 && endsWithColon(text, start, end)) break;
      size = measure();
      if (length + size > MAX_POST_LENGTH) break;
    } else if (gap === 0 && lines.baseGap === 0 && isPostLine(text, lines, start, end)) {
      // A document that breaks lines only between paragraphs: its paragraphs are long and end
      // with a period, so a short line that does not is a line of the post (a `<br>` in it).
      // Unless it is written in another script than the body: a caption in the article's
      // language above a post in another one (`Президент — свобода` above `Freedom`).
      bodyScript ??= lines.script(bodyStart, signature.start);
      const lineScript = bodyScript === null ? null : lines.script(start, end);
      if (lineScript !== null && lineScript !== bodyScript) break;
      size = measure();
      if (length + size > MAX_POST_LENGTH) break;
    } else {
      bodyStart =
        blockTop(text, lines, topLine, length, previousEnd, topLine === line && gluedSignature) ??
        bodyBelowLeadIn(text, lines, topLine, length, previousEnd) ??
        bodyOfCutPost(text, lines, signature, bodyStart, topLine, length, previousEnd) ??
        bodyInItsOwnScript(text, lines, bodyStart, signature.start, topLine, length, previousEnd) ??
        bodyStart;
      break;
    }
    length += size;
    bodyStart = start;
    topLine = above.line;
  }
  return bodyStart;
}

/** A non-blank line above a body: its index and its extent, trimmed. */
interface LineAbove {
  /** The line's index. */
  line: number;
  /** Offset of its first non-blank character. */
  start: number;
  /** Offset just past its last non-blank character. */
  end: number;
}

/** The nearest non-blank line above `line`, if it lies wholly after the previous embed; else null. */
function lineAbove(text: string, lines: LineTable, line: number, previousEnd: number): LineAbove | null {
  const above = previousNonBlank(lines, line);
  if (above < 0 || (lines.starts[above] ?? 0) < previousEnd) return null;
  const start = trimStart(text, lines.starts[above] ?? 0, lines.ends[above] ?? 0);
  return { line: above, start, end: trimEnd(text, start, lines.ends[above] ?? 0) };
}

// How far a body reached before the usual paragraph gap stopped it, as the rules below are given
// it: `topLine`, the body's first line; `length`, its weighted length so far; `previousEnd`, the end
// of the previous embed (nothing before it is this post's).

/** At most this many paragraphs lie between an article's lead-in and the signature. */
const MAX_LEAD_IN_PARAGRAPHS = 3;

/**
 * Where the body begins when the article introduces the post with a lead-in ending in `:` at most
 * two paragraphs above it: everything between the lead-in and the signature is the post, if it
 * fits in one. Null when no such lead-in is near.
 */
function bodyBelowLeadIn(text: string, lines: LineTable, topLine: number, length: number, previousEnd: number): number | null {
  // Find the lead-in first (a look at each paragraph's last character), measure only then.
  let first: LineAbove | null = null;
  let line = topLine;
  for (let paragraphs = 0; paragraphs < MAX_LEAD_IN_PARAGRAPHS; paragraphs++) {
    const above = lineAbove(text, lines, line, previousEnd);
    if (above === null) return null;
    if (endsWithColon(text, above.start, above.end)) {
      if (first === null) return null;
      const between = weightedLength(text, first.start, lines.starts[topLine] ?? 0);
      return length + between <= MAX_POST_LENGTH ? first.start : null;
    }
    first = above;
    line = above.line;
  }
  return null;
}

/** At most this many paragraphs are taken above a post written in another script than the article. */
const MAX_SCRIPT_PARAGRAPHS = 6;

/**
 * Where the body begins when the post is written in another script than the article around it (an
 * English post on a Greek page, a Japanese one on an English page): the paragraphs directly above
 * in the body's script are the post's, up to the first paragraph in another script, which must be
 * there (the article's), and as long as the body stays within a post's length. Null when the
 * paragraph above is in the body's script all the way up, in another script at once, or when the
 * body has no letters.
 */
function bodyInItsOwnScript(
  text: string,
  lines: LineTable,
  bodyStart: number,
  bodyEnd: number,
  topLine: number,
  length: number,
  previousEnd: number,
): number | null {
  let own: Script | null | undefined;
  let total = length;
  let line = topLine;
  let start: number | null = null;
  for (let paragraphs = 0; paragraphs < MAX_SCRIPT_PARAGRAPHS; paragraphs++) {
    const above = lineAbove(text, lines, line, previousEnd);
    if (above === null) return null;
    // Measured first, and no further than the room left: in the common case (the paragraph
    // above is a long one of the article's) no script is read at all.
    const size = lines.weight(above.start, above.end, MAX_POST_LENGTH - total);
    const fits = total + size <= MAX_POST_LENGTH;
    if (!fits && start === null) return null;
    own ??= lines.script(bodyStart, bodyEnd);
    if (own === null) return null;
    // A paragraph's script is told from its first letters: the reading stays bounded.
    const script = lines.script(above.start, above.end);
    if (script !== own) return script === null ? null : start;
    if (!fits) return null;
    total += size;
    start = above.start;
    line = above.line;
  }
  return null;
}

/** How far short of the platform's cut a cut post's text may fall (counting differences, the word the cut fell in). */
const CUT_SLACK = 80;
/** At most this many paragraphs are taken above a cut post's last one. */
const MAX_CUT_PARAGRAPHS = 8;

/**
 * Where the body of a post the widget cut short begins. A long post's embed shows the platform's
 * share of its text (Twitter: 280 characters) ending in `…` and a link; when the paragraphs just
 * above the body bring it close to that length without passing it, they are the post's first
 * paragraphs. Null when the body is not cut, the platform has no cut, or no such paragraphs are
 * there.
 */
function bodyOfCutPost(
  text: string,
  lines: LineTable,
  signature: Signature,
  bodyStart: number,
  topLine: number,
  length: number,
  previousEnd: number,
): number | null {
  const cut = signature.platform.text?.truncatedLength;
  if (cut === undefined || length >= cut - CUT_SLACK || !endsWithCut(text, bodyStart, signature.start)) return null;
  let total = length;
  let line = topLine;
  let start: number | null = null;
  for (let paragraphs = 0; paragraphs < MAX_CUT_PARAGRAPHS && total < cut - CUT_SLACK; paragraphs++) {
    const above = lineAbove(text, lines, line, previousEnd);
    if (above === null) break;
    const size = lines.weight(above.start, above.end, cut - total);
    if (total + size > cut) break;
    total += size;
    start = above.start;
    line = above.line;
  }
  return total >= cut - CUT_SLACK ? start : null;
}

/**
 * Whether the body ends like a widget's cut: a word ending in `…` (not a shortened link such as
 * `example.com/pa…`), then one or more links.
 */
function endsWithCut(text: string, start: number, end: number): boolean {
  const { before, count } = endLinks(text, start, end);
  const word = wordStart(text, start, before);
  if (count === 0 || before <= word || text.charCodeAt(before - 1) !== 0x2026 /* … */) return false;
  return !text.slice(word, before).includes('/');
}

/** The longest line taken as a post's own line where the document has no blank lines. */
const MAX_POST_LINE = 100;

/**
 * Whether a line, in a document without blank lines, reads as a line of a post rather than an
 * article paragraph: short, not ending with a full stop (in any script) or `:`, not a numbered
 * item (`2) …`, `3. …`).
 */
function isPostLine(text: string, lines: LineTable, start: number, end: number): boolean {
  if (end <= start || lines.weight(start, end, MAX_POST_LINE) > MAX_POST_LINE) return false;
  return !isFullStop(text.charCodeAt(end - 1)) && !endsWithColon(text, start, end) && !isNumbered(text, start, end);
}

/** A listicle heading such as `#5: A touching picture` or `3. The reply` introduces a post, it is not one. */
function isListHeading(text: string, start: number, end: number): boolean {
  return /^#?[0-9]{1,3}[.:] /.test(text.slice(start, Math.min(end, start + 8)));
}
