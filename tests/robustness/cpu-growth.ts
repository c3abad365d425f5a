/**
 * Shared helpers of the linearity tests: build hostile inputs of an exact size and assert that a
 * function's time grows about linearly from 256 KB to 1 MB of them. Linear time gives a ratio
 * near 4, quadratic near 16; the assertion is on the ratio only, never on absolute time.
 */
import { performance } from 'node:perf_hooks';
import { expect } from 'vitest';

export const SMALL = 256 * 1024;
export const BIG = 1024 * 1024;
export const MAX_RATIO = 10;
/** Timings below this are clock noise; they are raised to it before taking the ratio. */
export const NOISE_FLOOR_MS = 2;

/** What is timed: one call on one input. */
export type Run = (input: string) => unknown;

/** `unit` repeated to exactly `size` characters. */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/** The ratio of two timings, each first raised to the noise floor. */
export function ratioOf(slowerMs: number, fasterMs: number): number {
  return Math.max(slowerMs, NOISE_FLOOR_MS) / Math.max(fasterMs, NOISE_FLOOR_MS);
}

/** Best of three timings of run(input), in milliseconds. */
export function bestOfThree(run: Run, input: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const t0 = performance.now();
    run(input);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Asserts that run() takes about linear time on build(256 KB) and build(1 MB). */
export function expectLinear(run: Run, build: (size: number) => string): void {
  const small = build(SMALL);
  const big = build(BIG);
  expect(small.length).toBe(SMALL);
  expect(big.length).toBe(BIG);

  // A quadratic scan on 1 MB can block for minutes (a synchronous call cannot be timed out),
  // so first compare 64 KB with 256 KB and stop there if that step already grows too fast.
  const tiny = build(SMALL / 4);
  run(tiny); // warm-up
  const tinyMs = bestOfThree(run, tiny);
  const smallMs = bestOfThree(run, small);
  const firstRatio = ratioOf(smallMs, tinyMs);
  expect(
    firstRatio,
    `256 KB took ${smallMs.toFixed(1)} ms, 64 KB took ${tinyMs.toFixed(1)} ms: ratio ${firstRatio.toFixed(1)}`,
  ).toBeLessThan(MAX_RATIO);

  const bigMs = bestOfThree(run, big);
  const ratio = ratioOf(bigMs, smallMs);
  expect(
    ratio,
    `1 MB took ${bigMs.toFixed(1)} ms, 256 KB took ${smallMs.toFixed(1)} ms: ratio ${ratio.toFixed(1)}`,
  ).toBeLessThan(MAX_RATIO);
}
