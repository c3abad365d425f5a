import { describe, expect, it } from 'vitest';
import { matchDateAt, parseDate } from '../../src/dates/index.js';

/** Units repeated into hostile inputs: long digit runs, endless month names, dots, spaces, half-dates. */
const UNITS = ['1', '٧', 'February ', 'February 7, ', '7 de ', '. ', ' ', '\u200f', 'a', '3:04 PM · ', '2024-'];

const KB = 1024;

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** Milliseconds taken by `run`, best of three (to shrug off a GC pause). */
function timed(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Calls matchDateAt at `count` offsets spread over the text. */
function probe(text: string, count: number): void {
  const step = Math.max(1, Math.floor(text.length / count));
  for (let i = 0; i < text.length && i / step < count; i += step) matchDateAt(text, i);
}

function scanAll(text: string): void {
  for (let i = 0; i < text.length; i++) matchDateAt(text, i);
}

describe('work per call does not grow with the input', () => {
  it.each(UNITS)('matchDateAt on 1 MB of %j costs about what it costs on 256 KB', (unit) => {
    const small = repeatTo(unit, 256 * KB);
    const large = repeatTo(unit, 1024 * KB);
    probe(small, 2000); // warm up
    const smallTime = timed(() => probe(small, 2000));
    const largeTime = timed(() => probe(large, 2000));
    // Same number of calls: a bounded matcher takes about the same time on both (ratio ≈ 1).
    expect(largeTime / Math.max(smallTime, 0.5)).toBeLessThan(10);
  });

  it.each(UNITS)('parseDate on 1 MB of %j returns null', (unit) => {
    expect(parseDate(repeatTo(unit, 1024 * KB))).toBeNull();
  });
});

describe('scanning every offset is linear', () => {
  it.each(UNITS)('scanning 64 KB of %j costs about four times 16 KB', (unit) => {
    const small = repeatTo(unit, 16 * KB);
    const large = repeatTo(unit, 64 * KB);
    scanAll(small); // warm up
    const smallTime = timed(() => scanAll(small));
    const largeTime = timed(() => scanAll(large));
    // Four times the offsets: linear ≈ 4, quadratic would be ≈ 16.
    expect(largeTime / Math.max(smallTime, 0.5)).toBeLessThan(10);
  });
});
