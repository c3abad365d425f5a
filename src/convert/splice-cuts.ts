import { isBlank, isLineBreak, isSpace } from '../kit/index.js';
import type { Placement } from './convert-options.js';

/**
 * A piece of replacement text and the records whose placement it is.
 *
 * @example
 * const piece: CutPiece = { text: '[embed twitter @jane]', records: [0] };
 */
export interface CutPiece {
  /** The text put into the output. */
  text: string;
  /** Indices of the records placed on this piece (usually one; none for glue such as kept tags). */
  records: number[];
}

/**
 * One stretch of the input to replace, and how:
 * - `remove`: cut out, closing the gap (see {@link spliceCuts}); `pieces` are ignored and every
 *   record in `records` is placed at the cut point;
 * - `block`: replaced by its pieces as blocks (each piece a paragraph: a blank line before, between
 *   and after them);
 * - `inline`: replaced by its pieces exactly, surrounding whitespace untouched.
 *
 * @example
 * const cut: Cut = { start: 40, end: 180, kind: 'inline', pieces: [{ text: '[embed twitter @jane]', records: [0] }], records: [0] };
 */
export interface Cut {
  /** Offset of the stretch in the input. */
  start: number;
  /** Offset just past the stretch. */
  end: number;
  /** How the stretch is replaced. */
  kind: 'remove' | 'block' | 'inline';
  /** The replacement, in order (ignored for `remove`). */
  pieces: CutPiece[];
  /** Every record this cut replaces. */
  records: number[];
}

/**
 * Applies sorted, disjoint cuts to the input in one pass (slices joined once, linear) and returns
 * the output with a placement per record. `remove` and `block` cuts separated only by whitespace
 * are treated as one (back-to-back embeds). Around a removed stretch:
 * - on lines of its own: the larger of the gaps before and after stays (the article's paragraph
 *   gap), nothing at the start of the input, only the final line break at its end;
 * - after a sentence on the same line: the spaces before it go with it;
 * - followed by text on the same line: the spaces after it go with it;
 * - inside a line: one space stays (none before closing punctuation or an end tag, nor right
 *   after a start tag).
 *
 * Around a block, at least one blank line separates it from the text before and after (a
 * Markdown blockquote must not swallow the next paragraph).
 *
 * @example
 * spliceCuts('One.\n\nEMBED\n\nTwo.\n', [{ start: 6, end: 11, kind: 'remove', pieces: [], records: [0] }], 1).output;
 * // 'One.\n\nTwo.\n'
 */
export function spliceCuts(input: string, cuts: readonly Cut[], recordCount: number): { output: string; placements: Placement[] } {
  const parts: string[] = [];
  const placements: Placement[] = Array.from({ length: recordCount }, () => ({ start: 0, end: 0 }));
  let length = 0;
  let pos = 0;
  const push = (text: string): void => {
    if (text.length === 0) return;
    parts.push(text);
    length += text.length;
  };
  const place = (records: readonly number[], start: number, end: number): void => {
    for (const record of records) {
      const placement = placements[record];
      if (placement !== undefined) {
        placement.start = start;
        placement.end = end;
      }
    }
  };

  for (let i = 0; i < cuts.length; i++) {
    const first = cuts[i] as Cut;
    if (first.kind === 'inline') {
      push(input.slice(pos, first.start));
      for (const piece of first.pieces) {
        const start = length;
        push(piece.text);
        place(piece.records, start, length);
      }
      pos = first.end;
      continue;
    }
    // A cluster: cuts of the same kind with only whitespace between them.
    let last = i;
    while (last + 1 < cuts.length) {
      const next = cuts[last + 1] as Cut;
      if (next.kind !== first.kind || !isBlank(input, (cuts[last] as Cut).end, next.start)) break;
      last++;
    }
    const cluster = cuts.slice(i, last + 1);
    const s = first.start;
    const e = (cuts[last] as Cut).end;
    const limit = cuts[last + 1]?.start ?? input.length;
    let a = s;
    while (a > pos && isSpace(input.charCodeAt(a - 1))) a--;
    let b = e;
    while (b < limit && isSpace(input.charCodeAt(b))) b++;
    const before = input.slice(a, s);
    const after = input.slice(e, b);
    const atStart = a === 0;
    const atEnd = b === input.length;
    const startsLine = atStart || lineBreaks(before) > 0;
    const endsLine = atEnd || lineBreaks(after) > 0;

    if (first.kind === 'remove') {
      let from = a;
      let to = b;
      let glue = '';
      if (startsLine && endsLine) {
        if (atStart) glue = '';
        else if (atEnd) glue = finalBreak(after);
        else glue = largerGap(before, after);
      } else if (startsLine) {
        from = s;
      } else if (endsLine) {
        to = e;
      } else {
        const nextCode = input.charCodeAt(b);
        const closesAfter = after.length === 0 && (isClosingPunctuation(nextCode) || input.startsWith('</', b));
        const opensBefore = before.length === 0 && followsStartTag(input, a);
        glue = before.length + after.length === 0 || closesAfter || opensBefore ? '' : ' ';
      }
      push(input.slice(pos, from));
      for (const cut of cluster) place(cut.records, length, length);
      push(glue);
      pos = to;
    } else {
      push(input.slice(pos, a));
      push(atStart ? '' : lineBreaks(before) >= 2 ? before.slice(0, lastBreak(before) + 1) : '\n\n');
      let firstBlock = true;
      for (const cut of cluster) {
        for (const piece of cut.pieces) {
          if (!firstBlock) push('\n\n');
          firstBlock = false;
          const start = length;
          push(piece.text);
          place(piece.records, start, length);
        }
        if (cut.pieces.length === 0) place(cut.records, length, length);
      }
      const breaks = lineBreaks(after);
      push(atEnd ? finalBreak(after) : breaks >= 2 ? after : breaks === 1 ? `\n${after}` : '\n\n');
      pos = b;
    }
    i = last;
  }
  push(input.slice(pos));
  return { output: parts.join(''), placements };
}

/** Line breaks in a whitespace run (CRLF counts once). */
function lineBreaks(gap: string): number {
  let count = 0;
  for (let k = 0; k < gap.length; k++) {
    const code = gap.charCodeAt(k);
    if (isLineBreak(code) && !(code === 0x0d && gap.charCodeAt(k + 1) === 0x0a)) count++;
  }
  return count;
}

function lastBreak(gap: string): number {
  for (let k = gap.length - 1; k >= 0; k--) if (isLineBreak(gap.charCodeAt(k))) return k;
  return -1;
}

/** The input's final line break, kept when the cut reaches the end. */
function finalBreak(after: string): string {
  if (after.endsWith('\r\n')) return '\r\n';
  const k = lastBreak(after);
  return k === -1 ? '' : (after[k] ?? '');
}

/** The gap with more line breaks (the paragraph gap), indented as the next line was. */
function largerGap(before: string, after: string): string {
  if (lineBreaks(before) <= lineBreaks(after)) return after;
  return before.slice(0, lastBreak(before) + 1) + after.slice(lastBreak(after) + 1);
}

function isClosingPunctuation(code: number): boolean {
  // . , ; : ! ? ) ] } » ” ’ …
  return [0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, 0x7d, 0xbb, 0x201d, 0x2019, 0x2026].includes(code);
}

/** Whether `at` directly follows an HTML start tag (`<p>`, `<td class="x">`). */
function followsStartTag(input: string, at: number): boolean {
  if (input.charCodeAt(at - 1) !== 0x3e || input.charCodeAt(at - 2) === 0x2f) return false;
  // Bounded look-back, so that many cuts after `>` cannot make the pass quadratic.
  for (let lt = at - 2; lt >= 0 && lt >= at - 4096; lt--) {
    if (input.charCodeAt(lt) === 0x3c) return /^<[A-Za-z][^<>]*>$/.test(input.slice(lt, at));
  }
  return false;
}
