/**
 * Date matching stays bounded per call and linear over a text, on hostile units (long digit runs,
 * endless month names, dots, spaces, half-dates; DATE_UNITS in bench/hostile-families.mjs). CPU
 * time, never wall-clock time, is compared (see tests/robustness/cpu-growth.ts).
 */
import { describe, expect, it } from 'vitest';
import { DATE_UNITS, repeatTo } from '../../bench/hostile-families.mjs';
import { matchDateAt, parseDate } from '../../src/dates/index.js';
import { KB, MB, cpuPerCall, expectLinear, familiesIn, growth } from '../robustness/cpu-growth.js';

/** Calls matchDateAt at 2,000 offsets spread over the text. */
function probe(text: string): void {
  const step = Math.floor(text.length / 2000);
  for (let i = 0; i < text.length; i += step) matchDateAt(text, i);
}

describe('work per call does not grow with the input', () => {
  it.each(DATE_UNITS)('2,000 matchDateAt calls on 1 MB of %j cost about what they cost on 64 KB', (unit) => {
    const small = repeatTo(unit, 64 * KB);
    const large = repeatTo(unit, MB);
    probe(small); // warm-up
    const smallMs = cpuPerCall(probe, small);
    const largeMs = cpuPerCall(probe, large);
    // The same number of calls: a bounded matcher costs about the same on both (~1×); one whose
    // work per call grows with the text costs ~16×.
    const ratio = growth(largeMs, smallMs);
    expect(ratio, `1 MB: ${largeMs.toFixed(2)} ms of CPU, 64 KB: ${smallMs.toFixed(2)} ms`).toBeLessThan(4);
  });

  it.each(DATE_UNITS)('parseDate on 1 MB of %j returns null', (unit) => {
    expect(parseDate(repeatTo(unit, MB))).toBeNull();
  });
});

describe('CPU time grows linearly with input size', () => {
  it.each(familiesIn('dates'))('%s', (_name, family) => expectLinear(family.run, family.build));
});
