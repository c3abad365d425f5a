import type { EmbedRecord } from '../schema/index.js';

/**
 * One stretch of the input to replace: the union of one or more records' source ranges that
 * overlap (normally exactly one record), with the indices of those records in document order.
 *
 * @example
 * const unit: EmbedUnit = { start: 120, end: 480, records: [0] };
 */
export interface EmbedUnit {
  /** Offset of the first character in the input. */
  start: number;
  /** Offset just past the last character in the input. */
  end: number;
  /** Indices into the records, ascending by start. */
  records: number[];
}

/**
 * Groups records' source ranges into sorted, disjoint units, clamped to the input: ranges that
 * overlap or nest (which the extractor does not produce, but a caller's records might) become one
 * unit, so no text is replaced twice or lost. Touching ranges stay separate units.
 *
 * @example
 * groupEmbedRanges([{ source: { start: 10, end: 20 } }, { source: { start: 15, end: 30 } }] as EmbedRecord[], 100);
 * // [{ start: 10, end: 30, records: [0, 1] }]
 */
export function groupEmbedRanges(records: readonly EmbedRecord[], inputLength: number): EmbedUnit[] {
  const ranges = records.map((record, index) => ({ ...sourceRange(record, inputLength), index }));
  ranges.sort((a, b) => a.start - b.start || a.index - b.index);
  const units: EmbedUnit[] = [];
  for (const range of ranges) {
    const last = units[units.length - 1];
    if (last !== undefined && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      last.records.push(range.index);
    } else {
      units.push({ start: range.start, end: range.end, records: [range.index] });
    }
  }
  return units;
}

/**
 * A record's `source` range clamped to an input of `length` (whole offsets, start ≤ end).
 *
 * @example
 * sourceRange(record, 100); // { start: 10, end: 30 }
 */
export function sourceRange(record: EmbedRecord, length: number): { start: number; end: number } {
  const start = clamp(record.source.start, length);
  return { start, end: Math.max(start, clamp(record.source.end, length)) };
}

function clamp(offset: number, length: number): number {
  if (!Number.isFinite(offset)) return offset > 0 ? length : 0;
  return Math.min(Math.max(Math.trunc(offset), 0), length);
}
