/** src/convert/uncertain-edges.ts on its own (split from the converter's parts test). */
import { describe, expect, it } from 'vitest';
import { trustedRanges } from '../../src/convert/uncertain-edges.js';
import type { Diagnostic } from '../../src/schema/index.js';
import { record } from './embed-record.js';

const uncertain = (start: number, end: number): Diagnostic => ({
  code: 'uncertain-body',
  severity: 'info',
  message: 'may be the article’s',
  start,
  end,
});

describe('trustedRanges', () => {
  it('moves a record’s start past the paragraphs its uncertain-body diagnostic marks', () => {
    const moved = trustedRanges([record(10, 90), record(100, 180)], [uncertain(100, 130)]);
    expect(moved.map((r) => [r.source.start, r.source.end])).toEqual([
      [10, 90],
      [130, 180],
    ]);
  });

  it('ignores other diagnostics and one that does not start where a record starts', () => {
    const other: Diagnostic = { code: 'unknown-date', severity: 'warning', message: 'date', start: 10, end: 30 };
    const moved = trustedRanges([record(10, 90)], [other, uncertain(12, 30)]);
    expect(moved[0]?.source.start).toBe(10);
  });

  it('leaves the records alone without any such diagnostic', () => {
    const records = [record(10, 90)];
    expect(trustedRanges(records, [])).toEqual(records);
  });
});
