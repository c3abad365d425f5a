/** src/convert/embed-units.ts on its own (split from the converter's parts test). */
import { describe, expect, it } from 'vitest';
import { groupEmbedRanges } from '../../src/convert/embed-units.js';
import { record } from './embed-record.js';

describe('groupEmbedRanges', () => {
  it('merges overlapping and nested ranges, keeps touching ones apart, clamps to the input', () => {
    const units = groupEmbedRanges([record(10, 20), record(15, 30), record(30, 40), record(32, 35), record(90, 500)], 100);
    expect(units).toEqual([
      { start: 10, end: 30, records: [0, 1] },
      { start: 30, end: 40, records: [2, 3] },
      { start: 90, end: 100, records: [4] },
    ]);
  });

  it('sorts records out of document order', () => {
    expect(groupEmbedRanges([record(50, 60), record(0, 5)], 100)).toEqual([
      { start: 0, end: 5, records: [1] },
      { start: 50, end: 60, records: [0] },
    ]);
  });
});
