import type { EmbedRecord } from '../schema/index.js';
import type { MarkerFunction } from './convert-options.js';
import { type FieldEscaper, renderMarker } from './embed-marker.js';
import type { EmbedUnit } from './embed-units.js';
import { markdownBlockquote } from './markdown-blockquote.js';
import { postParagraphs } from './post-paragraphs.js';
import type { CutPiece } from './splice-cuts.js';

/**
 * The markers that replace one embed unit: one per record, separated by `separator` (only records
 * whose ranges overlap share a unit). `escapeField` escapes each field a template fills in;
 * `escapeMarker` escapes the whole marker (HTML output).
 *
 * @example
 * markerPieces({ start: 0, end: 90, records: [0] }, records, null, { separator: ' ' });
 * // [{ text: '[embed twitter @SecBlinken]', records: [0] }]
 */
export function markerPieces(
  unit: EmbedUnit,
  embeds: readonly EmbedRecord[],
  template: string | MarkerFunction | null,
  options: { separator: string; escapeField?: FieldEscaper; escapeMarker?: (marker: string) => string },
): CutPiece[] {
  const { separator, escapeField = identity, escapeMarker = identity } = options;
  const pieces: CutPiece[] = [];
  for (const index of unit.records) {
    if (pieces.length > 0) pieces.push({ text: separator, records: [] });
    pieces.push({ text: escapeMarker(renderMarker(template, embeds[index] as EmbedRecord, index, escapeField)), records: [index] });
  }
  return pieces;
}

/**
 * The Markdown blockquotes that replace one embed unit, one per record, each post's paragraphs
 * read from `embedText` (the unit as text: the input slice, or the flattened HTML fragment).
 *
 * @example
 * quotePieces({ start: 0, end: 90, records: [0] }, records, input.slice(0, 90));
 * // [{ text: '> Met with @IsraeliPM …\n>\n> — Secretary Antony Blinken (@SecBlinken), February 7, 2024', records: [0] }]
 */
export function quotePieces(unit: EmbedUnit, embeds: readonly EmbedRecord[], embedText: string): CutPiece[] {
  return unit.records.map((index) => {
    const record = embeds[index] as EmbedRecord;
    return { text: markdownBlockquote(record, postParagraphs(record, embedText)), records: [index] };
  });
}

function identity(value: string): string {
  return value;
}
