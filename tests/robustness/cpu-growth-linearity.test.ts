/**
 * The linearity check itself: it must fail on quadratic work, pass on linear work, and not count
 * time spent waiting (what a loaded machine adds), or every linearity test built on it could not
 * fail, or could fail on a busy machine.
 */
import { describe, expect, it } from 'vitest';
import { repeatTo } from '../../bench/hostile-families.mjs';
import { KB, MB, cpuPerCall, expectLinear, growth } from './cpu-growth.js';

const build = (size: number): string => repeatTo('word ', size);

/** The sizes `build` was called with, in order, and `build` itself. */
function recordingBuild(): { sizes: number[]; build: (size: number) => string } {
  const sizes: number[] = [];
  const recorded = (size: number): string => {
    sizes.push(size);
    return build(size);
  };
  return { sizes, build: recorded };
}

/**
 * A call that does `units` of fixed work per input size (one unit ≈ 1 ms, above the noise floor), ignoring the
 * characters: a growth curve written down, so a test can give the check any shape of cost.
 */
function shaped(units: Record<number, number>): (text: string) => number {
  return (text) => {
    let sum = 0;
    const count = (units[text.length] ?? 1) * 1_000_000;
    for (let i = 0; i < count; i += 1) sum = (sum + i * 31) | 0;
    return sum;
  };
}

/**
 * Quadratic: 256 steps of arithmetic for every pair of kilobytes of input. No memory traffic, so
 * its cost is quadratic at every size (a scan of the text would speed up or slow down per
 * character as the text leaves the caches), and its run at 8 MB, where the check looks one step
 * further, takes seconds.
 */
function quadratic(text: string): number {
  const kb = Math.floor(text.length / 1024);
  let sum = 0;
  // Two loops, so that every count stays a small integer.
  for (let row = 0; row < kb; row += 1) for (let i = 0; i < kb * 256; i += 1) sum = (sum + i) | 0;
  return sum;
}

/** Linear: one pass over every character. */
function linear(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i += 1) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

/** Linear work plus a wait of `ms` milliseconds on inputs of 1 MB or more: wall-clock time that is not CPU time. */
function waiting(ms: number): (text: string) => number {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  return (text) => {
    if (text.length >= MB) Atomics.wait(cell, 0, 0, ms);
    return linear(text);
  };
}

describe('expectLinear', () => {
  it('fails on quadratic work', () => {
    // ~16× per 4× step: usually past 64× over the whole span and again ~16× from 2 MB to 8 MB
    // (against 8); a step measured past the step guard (24×) stops it earlier. Which bound it
    // fails is for the shaped tests below to pin.
    expect(() => expectLinear(quadratic, build)).toThrow(/(512 KB|2 MB|8 MB) took .* ms of CPU/);
  });

  it('stops early when one step grows past the step guard', () => {
    // 128 KB → 512 KB costs 40× (worse than quadratic work's 16×): 2 MB is never built.
    const { sizes, build: recorded } = recordingBuild();
    const steep = shaped({ [128 * KB]: 1, [512 * KB]: 40, [2 * MB]: 1600 });
    expect(() => expectLinear(steep, recorded)).toThrow(/512 KB took .* ms of CPU, 128 KB took/);
    expect(sizes.at(-1)).toBe(512 * KB);
  });

  it('passes linear work whose cost per byte rises as its objects leave the caches', () => {
    // As measured on allocation-heavy families: up to 4.3× more per byte at 2 MB than at 128 KB
    // (69× over the span, past 64), then 4.2× per 4× step, so 8 MB settles it.
    const { sizes, build: recorded } = recordingBuild();
    const spilling = shaped({ [128 * KB]: 1, [512 * KB]: 11, [2 * MB]: 69, [8 * MB]: 290 });
    expect(() => expectLinear(spilling, recorded)).not.toThrow();
    expect(sizes).toContain(8 * MB);
  });

  it('fails on work that keeps outgrowing its input past 2 MB', () => {
    // 90× over the span with a mild top step (7×), but 14× again from 2 MB to 8 MB.
    const growing = shaped({ [128 * KB]: 1, [512 * KB]: 13, [2 * MB]: 90, [8 * MB]: 1260 });
    expect(() => expectLinear(growing, build)).toThrow(/2 MB took .*; one step further, .* 8 MB took .* ms of CPU, 2 MB took/);
  });

  it('fails on quadratic work over the whole span when the step check cannot see it', () => {
    // Two sizes 16× apart: no intermediate step, so the bound on the whole span decides, then the
    // step one further (4 MB).
    expect(() => expectLinear(quadratic, build, [64 * KB, MB])).toThrow(
      /1 MB took .* ms of CPU, 64 KB took .*; one step further, .* 4 MB took/,
    );
  });

  it('passes on linear work', () => {
    expect(() => expectLinear(linear, build)).not.toThrow();
  });

  it('does not count waiting (what a loaded machine adds): stalled big runs do not fake growth', () => {
    const big = build(MB);
    const wall = performance.now();
    const cpu = cpuPerCall(waiting(20), big);
    expect(performance.now() - wall).toBeGreaterThan(20); // it did wait
    expect(cpu).toBeLessThan(20); // but the wait is not CPU time
    // By the wall clock, 20 ms more per 1 MB call would be far more than 64× the 64 KB call.
    expect(() => expectLinear(waiting(20), build)).not.toThrow();
  });

  it('measures a ratio near 16 for linear work and near 256 for quadratic work over 16× the input', () => {
    const linearGrowth = growth(cpuPerCall(linear, build(MB)), cpuPerCall(linear, build(64 * KB)));
    const quadraticGrowth = growth(cpuPerCall(quadratic, build(MB)), cpuPerCall(quadratic, build(64 * KB)));
    expect(linearGrowth).toBeLessThan(64);
    expect(quadraticGrowth).toBeGreaterThan(64);
  });
});
