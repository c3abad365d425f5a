/**
 * How the linearity tests measure growth without depending on the machine's speed or load: the
 * process CPU time (`process.cpuUsage`, user + system) that one call takes, best of three rounds,
 * at sizes 16× apart (128 KB and 2 MB by default). Linear work grows ~16× over that span, quadratic
 * ~256×; the bound, 64× (an exponent of 1.5), sits well between. A busy machine slows the wall
 * clock, not the CPU time a call needs, and each small measurement repeats the call until enough
 * CPU time has passed to rise above the clock's resolution.
 *
 * Memory is the one thing that makes linear work grow faster than its input over this span: a
 * call on 128 KB keeps its objects in the CPU caches and lets them die young, while the same call
 * on 2 MB spills them to memory and promotes them to the old generation. Families that allocate an
 * object every few characters (a match per `View on Threads`, a DOM node per tag) measured up to
 * 4× more per byte at 2 MB than at 128 KB, and 60–66× over the span on an idle machine, while
 * from 2 MB on each 4× step cost 3.9–4.5×. So a span that grows past 64× is judged again where
 * that regime has settled: the call is measured at 4× the last size (8 MB) too, and that last
 * 4× step must grow less than 8× (4 to the power 1.5, the same exponent as 64× over 16×). Only
 * such families pay for the bigger input; quadratic work fails there too (~16×), only later.
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
 * The most it may grow over one 4× step before the test stops early: quadratic work grows ~16×,
 * cubic ~64×. This bound only keeps a run from blocking for minutes (a synchronous call cannot be
 * timed out); whether work is linear is decided over the whole span. Linear work measured up to
 * 12× over 128 KB → 512 KB on an idle machine, as its objects left the caches.
 */
export const MAX_STEP_GROWTH = 24;
/** The most the CPU time may grow over that further 4× step (2 MB → 8 MB): 4 to the power 1.5, as MAX_GROWTH is 16 to the power 1.5. */
export const MAX_SETTLED_GROWTH = 8;
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

/** `later ms` against `earlier ms` as a failure message names them. */
function describeGrowth(laterSize: number, laterMs: number, earlierSize: number, earlierMs: number): string {
  const ratio = growth(laterMs, earlierMs).toFixed(1);
  return `${label(laterSize)} took ${laterMs.toFixed(2)} ms of CPU, ${label(earlierSize)} took ${earlierMs.toFixed(2)} ms: ${ratio}×`;
}

/**
 * Asserts that run() takes about linear CPU time on build(size) over `sizes` (ascending, the last
 * 16× the first, any between 4× the one before): CPU time grows less than MAX_STEP_GROWTH up to
 * each size between (checked before the next, bigger run), and less than MAX_GROWTH from the
 * first size to the last. Past MAX_GROWTH, the call is measured at 4× the last size, and that
 * step must grow less than MAX_SETTLED_GROWTH (see the file's header: the memory regime has
 * settled there).
 */
export function expectLinear(run: Run, build: (size: number) => string, sizes: readonly number[] = SIZES): void {
  const first = sizes[0] ?? 0;
  run(build(first)); // warm-up: compile the paths this family takes
  const times: number[] = [];
  const measure = (size: number, rounds: number): number => {
    const input = build(size);
    expect(input.length).toBe(size);
    return cpuPerCall(run, input, rounds);
  };
  for (const [index, size] of sizes.entries()) {
    // The sizes between only guard against a long wait on the next: two rounds are enough there.
    const ms = measure(size, index === 0 || index === sizes.length - 1 ? 3 : 2);
    const previous = times.at(-1);
    if (previous !== undefined && index < sizes.length - 1) {
      const step = growth(ms, previous);
      expect(step, describeGrowth(size, ms, sizes[index - 1] ?? 0, previous)).toBeLessThan(MAX_STEP_GROWTH);
    }
    times.push(ms);
  }
  const last = sizes.at(-1) ?? 0;
  const lastMs = times.at(-1) ?? 0;
  const total = growth(lastMs, times[0] ?? 0);
  if (total < MAX_GROWTH) return;
  const whole = describeGrowth(last, lastMs, first, times[0] ?? 0);
  // Past the bound: judged again one 4× step further, where memory no longer changes the cost
  // per byte (quadratic work still grows ~16× there; its 2 MB run already took long, so two rounds).
  const further = 4 * last;
  const furtherMs = measure(further, 2);
  expect(
    growth(furtherMs, lastMs),
    `${whole}; one step further, where memory no longer changes the cost per byte, ${describeGrowth(further, furtherMs, last, lastMs)}`,
  ).toBeLessThan(MAX_SETTLED_GROWTH);
}

/** The hostile families of `groups` (see bench/hostile-families.mjs), bound to the source. */
export function familiesIn(...groups: string[]): [name: string, family: HostileFamily][] {
  return hostileFamilies(api)
    .filter((family) => groups.includes(family.group))
    .map((family): [string, HostileFamily] => [family.name, family]);
}
