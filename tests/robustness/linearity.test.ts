/**
 * Hostile input must not make extraction super-linear (ReDoS, quadratic back-scans). For each
 * pathological family, time extraction on 256 KB and on 1 MB of it: linear time gives a ratio near
 * 4, quadratic near 16. The assertion is on the ratio only, never on absolute time.
 */
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { extractEmbeds, extractEntities } from '../../src/index.js';

const SMALL = 256 * 1024;
const BIG = 1024 * 1024;
const MAX_RATIO = 10;
/** Timings below this are clock noise; they are raised to it before taking the ratio. */
const NOISE_FLOOR_MS = 2;

type Options = Parameters<typeof extractEmbeds>[1];
type Run = (input: string) => unknown;

/** `unit` repeated to exactly `size` characters. */
function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const signature = ' — Name (@h) February 7, 2024';

const embedFamilies: [name: string, build: (size: number) => string, options?: Options][] = [
  ['"(@" repeated', (n) => repeatTo('(@', n)],
  ['"— (@a) " repeated', (n) => repeatTo('— (@a) ', n)],
  ['"pic.twitter.com/" repeated', (n) => repeatTo('pic.twitter.com/', n)],
  ['"wordhttps://t.co/" repeated', (n) => repeatTo('wordhttps://t.co/', n)],
  ['"(@a) February 7, 2024 " repeated', (n) => repeatTo('(@a) February 7, 2024 ', n)],
  ['one long word, then a signature', (n) => repeatTo('a', n - signature.length) + signature],
  ['blank lines', (n) => repeatTo('\n', n)],
  ['"— " repeated', (n) => repeatTo('— ', n)],
  ['"@a " repeated', (n) => repeatTo('@a ', n)],
  ['signature lines with empty bodies', (n) => repeatTo('— Name (@h) February 7, 2024\n', n)],
  ['one paragraph, a signature every 300 chars', (n) => repeatTo(`${'word '.repeat(54)}${signature} `, n)],
  ['"#a" and "$A" repeated', (n) => repeatTo('#a$A', n)],
  ['"A post shared by " repeated', (n) => repeatTo('A post shared by ', n)],
  ['HTML: unclosed tweet blockquotes', (n) => repeatTo('<blockquote class="twitter-tweet"><p>', n), { format: 'html' }],
  ['HTML: status links', (n) => repeatTo('<a href="https://twitter.com/a/status/1">', n), { format: 'html' }],
  ['HTML: "&mdash; (@a)" repeated', (n) => repeatTo('&mdash; (@a) ', n), { format: 'html' }],
];

/** Link, mention and tag scanning (what twitter-text calls entity extraction) on its own. */
const entityFamilies: [name: string, build: (size: number) => string][] = [
  ['"a." repeated', (n) => repeatTo('a.', n)],
  ['"a.com/" repeated', (n) => repeatTo('a.com/', n)],
  ['"http://" repeated', (n) => repeatTo('http://', n)],
  ['"https://a.co/(" repeated', (n) => repeatTo('https://a.co/(', n)],
  ['"www." repeated', (n) => repeatTo('www.', n)],
  ['"@a@" repeated', (n) => repeatTo('@a@', n)],
  ['"#a#" repeated', (n) => repeatTo('#a#', n)],
  ['one long word', (n) => repeatTo('a', n)],
];

/** The ratio of two timings, each first raised to the noise floor. */
function ratioOf(slowerMs: number, fasterMs: number): number {
  return Math.max(slowerMs, NOISE_FLOOR_MS) / Math.max(fasterMs, NOISE_FLOOR_MS);
}

/** Best of three timings of run(input), in milliseconds. */
function bestOfThree(run: Run, input: string): number {
  let best = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const t0 = performance.now();
    run(input);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

/** Asserts that run() takes about linear time on build(256 KB) and build(1 MB). */
function expectLinear(run: Run, build: (size: number) => string): void {
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

describe('extractEmbeds time grows linearly with input size', () => {
  it.each(embedFamilies)('%s', (_name, build, options) => expectLinear((input) => extractEmbeds(input, options), build), 60_000);
});

describe('extractEntities time grows linearly with input size', () => {
  it.each(entityFamilies)('%s', (_name, build) => expectLinear((input) => extractEntities(input), build), 60_000);
  it.each(entityFamilies)(
    '%s (gluedUrls)',
    (_name, build) => expectLinear((input) => extractEntities(input, { gluedUrls: true }), build),
    60_000,
  );
});
