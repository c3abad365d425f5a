/**
 * How the linearity tests measure growth without depending on the machine's speed or load: the
 * process CPU time (`process.cpuUsage`, user + system) that one call takes, best of three rounds,
 * at sizes 16× apart (128 KB and 2 MB by default). Linear work grows ~16× over that span, quadratic
 * ~256×; the bound, 64×, sits well between. A busy machine slows the wall clock, not the CPU time
 * a call needs, and each small measurement repeats the call until enough CPU time has passed to
 * rise above the clock's resolution.
 *
 * Run these tests with `npm run test:linearity` (their own vitest project, in forked processes so
 * that `process.cpuUsage` sees no other test file's work).
 */
import { expect } from 'vitest';
import { hostileFamilies, type HostileFamily } from '../../bench/hostile-families.mjs';
import * as api from '../../src/index.js';

export const KB = 1024;
export const MB = 1024 * KB;
/**
 * The sizes compared by default: 16× apart, with a stop at 512 KB. They start at 128 KB, not
 * 64 KB: on an idle machine a 64 KB page's parse tree stays in the CPU caches and dies in the
 * young generation, so it ran 5–16× cheaper per byte than 256 KB and 1 MB did (a change of memory
 * regime, not of algorithm: from 1 MB on every doubling cost 1.7–1.9×), and deep-nesting families
 * passed the bounds below only on a loaded machine.
 */
export const SIZES: readonly number[] = [128 * KB, 512 * KB, 2 * MB];
/** The most the CPU time may grow from the first size to the last (16× the input): linear ~16, quadratic ~256. */
export const MAX_GROWTH = 64;
/**
 * The most it may grow over one 4× step before the test stops early (linear ~4, quadratic ~16):
 * a quadratic call on 1 MB could block for minutes, and a synchronous call cannot be timed out.
 */
export const MAX_STEP_GROWTH = 12;
/** CPU times below this (ms) are raised to it before a ratio is taken: the cost of the smallest input can be near nothing. */
export const NOISE_FLOOR_MS = 0.25;
/** Each round of a measurement repeats the call until at least this much CPU time (ms) has passed. */
const ROUND_MS = 20;

/** What is measured: one call on one input. */
export type Run = (input: string) => unknown;

/** CPU milliseconds (user + system) this process has used. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The CPU time of one call of run(input) in milliseconds: best of `rounds` rounds, each repeating the call for at least 20 ms of CPU. */
export function cpuPerCall(run: Run, input: string, rounds = 3): number {
  let best = Infinity;
  for (let round = 0; round < rounds; round += 1) {
    const start = cpuNow();
    let calls = 0;
    let spent = 0;
    do {
      run(input);
      calls += 1;
      spent = cpuNow() - start;
    } while (spent < ROUND_MS);
    best = Math.min(best, spent / calls);
  }
  return best;
}

/** How much more CPU time `later` took than `earlier`, both first raised to the noise floor. */
export function growth(laterMs: number, earlierMs: number): number {
  return Math.max(laterMs, NOISE_FLOOR_MS) / Math.max(earlierMs, NOISE_FLOOR_MS);
}

const label = (size: number): string => (size >= MB ? `${size / MB} MB` : `${size / KB} KB`);

/**
 * Asserts that run() takes about linear CPU time on build(size) over `sizes` (ascending, the last
 * 16× the first, any between 4× the one before): CPU time grows less than MAX_STEP_GROWTH up to
 * each size between (checked before the next, bigger run), and less than MAX_GROWTH from the
 * first size to the last.
 */
export function expectLinear(run: Run, build: (size: number) => string, sizes: readonly number[] = SIZES): void {
  const first = sizes[0] ?? 0;
  run(build(first)); // warm-up: compile the paths this family takes
  const times: number[] = [];
  for (const [index, size] of sizes.entries()) {
    const input = build(size);
    expect(input.length).toBe(size);
    // The sizes between only guard against a long wait on the next: two rounds are enough there.
    const ms = cpuPerCall(run, input, index === 0 || index === sizes.length - 1 ? 3 : 2);
    const previous = times.at(-1);
    if (previous !== undefined && index < sizes.length - 1) {
      const step = growth(ms, previous);
      expect(
        step,
        `${label(size)} took ${ms.toFixed(2)} ms of CPU, a quarter of it ${previous.toFixed(2)} ms: ${step.toFixed(1)}×`,
      ).toBeLessThan(MAX_STEP_GROWTH);
    }
    times.push(ms);
  }
  const total = growth(times.at(-1) ?? 0, times[0] ?? 0);
  const last = sizes.at(-1) ?? 0;
  expect(
    total,
    `${label(last)} took ${(times.at(-1) ?? 0).toFixed(2)} ms of CPU, ${label(first)} took ${(times[0] ?? 0).toFixed(2)} ms: ${total.toFixed(1)}×`,
  ).toBeLessThan(MAX_GROWTH);
}

/** The hostile families of `groups` (see bench/hostile-families.mjs), bound to the source. */
export function familiesIn(...groups: string[]): [name: string, family: HostileFamily][] {
  return hostileFamilies(api)
    .filter((family) => groups.includes(family.group))
    .map((family): [string, HostileFamily] => [family.name, family]);
}
