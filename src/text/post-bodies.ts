import { isSpace, trimEnd, trimStart } from './characters.js';
import { LineTable } from './line-table.js';
import type { Signature } from './signature-scanner.js';

/**
 * A post's weighted length (280 on Twitter, links not counted) with some slack for counting
 * differences: a paragraph longer than this is article prose, not a post body.
 */
const MAX_POST_LENGTH = 320;

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
 *    by blank lines (a line break inside the post), and across every gap wider than the
 *    document's usual paragraph gap (scrapers keep a post's inner paragraph breaks as extra blank
 *    lines) as long as the body stays within the length a post can have. It never grows across
 *    the usual gap, and never past the previous embed.
 *
 * Returns, for each signature, the offset where its body begins (equal to `signature.start` for an
 * empty body). Linear: each line is visited at most once per signature, and never before the
 * previous signature.
 *
 * @example
 * const text = 'Article.\n\nFirst paragraph.\n\n\n\nSecond pic.twitter.com/x — A (@a) May 1, 2024';
 * // bodyStarts(text, signatures) → [10]: both post paragraphs, not the article's line.
 */
export function bodyStarts(text: string, signatures: readonly Signature[]): number[] {
  if (signatures.length === 0) return [];
  const lines = new LineTable(text);
  const starts: number[] = [];
  let previousEnd = 0;
  for (const signature of signatures) {
    // A permalink alone on its line carries no body.
    starts.push(signature.markup === 'status-url' ? signature.start : bodyStartOf(text, lines, signature, previousEnd));
    previousEnd = signature.end;
  }
  return starts;
}

function bodyStartOf(text: string, lines: LineTable, signature: Signature, previousEnd: number): number {
  const line = lines.lineAt(signature.start);
  const lineStart = Math.max(lines.starts[line] ?? 0, previousEnd);
  const inlineStart = trimStart(text, lineStart, signature.start);
  let bodyStart: number;
  let topLine: number;
  let length: number;
  if (trimEnd(text, inlineStart, signature.start) > inlineStart) {
    bodyStart = inlineStart;
    topLine = line;
    length = weightedLength(text, inlineStart, signature.start);
  } else {
    const above = lines.previousNonBlank(line);
    if (above < 0) return signature.start;
    const aboveStart = Math.max(lines.starts[above] ?? 0, previousEnd);
    const aboveEnd = lines.ends[above] ?? 0;
    if (aboveEnd <= previousEnd) return signature.start;
    const start = trimStart(text, aboveStart, aboveEnd);
    const end = trimEnd(text, start, aboveEnd);
    if (end <= start || endsWithColon(text, start, end) || isListHeading(text, start, end)) return signature.start;
    length = weightedLength(text, start, end);
    // Only a whole line may be taken for prose; the tail of a line after another embed counts too.
    if (aboveStart === lines.starts[above] && length > MAX_POST_LENGTH) return signature.start;
    bodyStart = start;
    topLine = above;
  }
  for (;;) {
    const above = lines.previousNonBlank(topLine);
    if (above < 0) break;
    const aboveStart = lines.starts[above] ?? 0;
    const aboveEnd = lines.ends[above] ?? 0;
    if (aboveStart < previousEnd) break;
    const start = trimStart(text, aboveStart, aboveEnd);
    const end = trimEnd(text, start, aboveEnd);
    const gap = topLine - above - 1;
    if (gap === 0 && lines.baseGap > 0) {
      // A bare line break where the article separates paragraphs by blank lines: a break inside the post.
    } else if (gap > lines.baseGap) {
      // A wider break than the article's own: a paragraph break inside the post, as long as the
      // post stays within the length a post can have.
      if (length + weightedLength(text, start, end) > MAX_POST_LENGTH) break;
    } else {
      break;
    }
    length += weightedLength(text, start, end);
    bodyStart = start;
    topLine = above;
  }
  return bodyStart;
}

/** A listicle heading such as `#5: A touching picture` or `3. The reply` introduces a post, it is not one. */
function isListHeading(text: string, start: number, end: number): boolean {
  return /^#?[0-9]{1,3}[.:] /.test(text.slice(start, Math.min(end, start + 8)));
}

function endsWithColon(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  const last = text.charCodeAt(end - 1);
  return last === 0x3a /* : */ || last === 0xff1a /* ： */;
}

/**
 * Twitter's weighted length, roughly: links do not count, CJK and other wide characters count 2.
 * Only an estimate, to tell a post from a paragraph of prose.
 */
function weightedLength(text: string, start: number, end: number): number {
  let length = 0;
  for (let i = start; i < end; i++) {
    if (startsUrl(text, i)) {
      while (i + 1 < end && !isSpace(text.charCodeAt(i + 1))) i++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code >= 0xdc00 && code <= 0xdfff) continue;
    length += code >= 0x1100 ? 2 : 1;
  }
  return length;
}

function startsUrl(text: string, at: number): boolean {
  return (text.startsWith('http', at) && (text.startsWith('://', at + 4) || text.startsWith('s://', at + 4))) || text.startsWith('pic.twitter.com/', at);
}
