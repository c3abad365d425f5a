import { type FlatHtml, flattenHtml } from '../html/index.js';
import type { Placement } from './convert-options.js';
import type { EmbedUnit } from './embed-units.js';
import { escapeMarkdown } from './markdown-blockquote.js';
import type { CutPiece } from './splice-cuts.js';

/**
 * Writes an HTML article as Markdown: the page flattened to text by `flattenHtml` (tags, scripts
 * and styles dropped, blocks as paragraphs), each paragraph's whitespace collapsed and its text
 * escaped so it shows literally, and in place of each embed unit the blocks `blocksFor` returns
 * (blockquotes or markers, each its own paragraph; none for a removed embed). Paragraphs are
 * separated by one blank line; the output ends with a line break unless it is empty.
 *
 * @example
 * htmlToMarkdown('<p>Intro</p><blockquote class="twitter-tweet">…</blockquote><p>Outro</p>', units, 1, () => [{ text: '> quote', records: [0] }]).output;
 * // 'Intro\n\n> quote\n\nOutro\n'
 */
export function htmlToMarkdown(
  html: string,
  units: readonly EmbedUnit[],
  recordCount: number,
  blocksFor: (unit: EmbedUnit, embedText: string) => CutPiece[],
): { output: string; placements: Placement[] } {
  const flat = flattenHtml(html);
  const items: CutPiece[] = [];
  let at = 0;
  for (const unit of units) {
    const start = Math.max(at, textOffsetOf(flat, unit.start));
    const end = Math.max(start, textOffsetOf(flat, unit.end));
    items.push({ text: markdownProse(flat.text.slice(at, start)), records: [] });
    const blocks = blocksFor(unit, flat.text.slice(start, end));
    if (blocks.length === 0) items.push({ text: '', records: unit.records });
    for (const block of blocks) items.push(block);
    at = end;
  }
  items.push({ text: markdownProse(flat.text.slice(at)), records: [] });

  const parts: string[] = [];
  const placements: Placement[] = Array.from({ length: recordCount }, () => ({ start: 0, end: 0 }));
  let length = 0;
  for (const item of items) {
    if (item.text !== '') {
      if (length > 0) {
        parts.push('\n\n');
        length += 2;
      }
      parts.push(item.text);
      length += item.text.length;
    }
    for (const record of item.records) {
      const placement = placements[record];
      if (placement !== undefined) {
        placement.start = item.text === '' ? length : length - item.text.length;
        placement.end = length;
      }
    }
  }
  if (length > 0) parts.push('\n');
  return { output: parts.join(''), placements };
}

/**
 * Flattened article text as Markdown paragraphs: whitespace inside each line collapsed, lines
 * trimmed, runs of blank lines reduced to one, each line escaped with `escapeMarkdown`.
 *
 * @example
 * markdownProse('\n\n  Hello   *world*\n\n\n\nBye  '); // 'Hello \\*world\\*\n\nBye'
 */
export function markdownProse(text: string): string {
  const paragraphs: string[] = [];
  let lines: string[] = [];
  for (const raw of text.split(/\r\n|[\n\r\u2028\u2029\u0085]/)) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (line === '') {
      if (lines.length > 0) paragraphs.push(lines.join('\n'));
      lines = [];
    } else {
      lines.push(escapeMarkdown(line));
    }
  }
  if (lines.length > 0) paragraphs.push(lines.join('\n'));
  return paragraphs.join('\n\n');
}

/** The first text offset whose source is at or after input offset `offset` (binary search). */
function textOffsetOf(flat: FlatHtml, offset: number): number {
  let low = 0;
  let high = flat.text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (flat.inputStart(mid) >= offset) high = mid;
    else low = mid + 1;
  }
  return low;
}
