/**
 * The linearity check itself: it must fail on quadratic work, pass on linear work, and not count
 * time spent waiting (what a loaded machine adds), or every linearity test built on it could not
 * fail, or could fail on a busy machine.
 */
import { describe, expect, it } from 'vitest';
import { repeatTo } from '../../bench/hostile-families.mjs';
import { KB, MB, cpuPerCall, expectLinear, growth } from './cpu-growth.js';

const build = (size: number): string => repeatTo('word ', size);

/** Quadratic: from every 1024th offset, search back over everything before it for a character that is not there. */
function quadratic(text: string): number {
  let found = 0;
  for (let i = 0; i < text.length; i += 1024) found += text.lastIndexOf('\u0001', i);
  return found;
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
    // Usually at the 512 KB step (~16× against a bound of 12), else over the whole span (~256× against 64).
    expect(() => expectLinear(quadratic, build)).toThrow(/(512 KB|2 MB) took .* ms of CPU/);
  });

  it('fails on quadratic work over the whole span when the step check cannot see it', () => {
    // Two sizes 16× apart: no intermediate step, so only the bound on the whole span decides.
    expect(() => expectLinear(quadratic, build, [64 * KB, MB])).toThrow(/1 MB took .* ms of CPU, 64 KB took/);
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
