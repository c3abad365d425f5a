import { describe, expect, it } from 'vitest';
import { CoveredRanges } from '../../src/kit/covered-ranges.js';

describe('CoveredRanges', () => {
  it('tells overlapping queries from free ones, sweeping forward', () => {
    const covered = new CoveredRanges([
      { start: 40, end: 50 },
      { start: 10, end: 20 },
    ]);
    expect(covered.overlaps(0, 10)).toBe(false);
    expect(covered.overlaps(5, 11)).toBe(true);
    expect(covered.overlaps(19, 20)).toBe(true);
    expect(covered.overlaps(20, 40)).toBe(false);
    expect(covered.overlaps(45, 46)).toBe(true);
    expect(covered.overlaps(50, 60)).toBe(false);
  });

  it('keeps the furthest end of nested ranges', () => {
    const covered = new CoveredRanges([
      { start: 0, end: 100 },
      { start: 10, end: 20 },
    ]);
    expect(covered.overlaps(30, 31)).toBe(true);
    expect(covered.overlaps(100, 101)).toBe(false);
  });

  it('answers false with no ranges, and does not change the ranges it was given', () => {
    expect(new CoveredRanges([]).overlaps(0, 10)).toBe(false);
    const ranges = [
      { start: 5, end: 6 },
      { start: 1, end: 2 },
    ];
    new CoveredRanges(ranges).overlaps(0, 10);
    expect(ranges).toEqual([
      { start: 5, end: 6 },
      { start: 1, end: 2 },
    ]);
  });
});
