/**
 * extractEntities must stay linear on hostile input (SECURITY: no catastrophic backtracking).
 * Each pattern is run at 256 KB and at 1 MB; 4× the input may cost at most 10× the time (a
 * quadratic scanner would cost ~16×, a backtracking one far more). Times are best of three, and
 * the small run is floored at a few milliseconds so timer noise on fast paths cannot fail the test.
 */
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';

const SMALL = 256 * 1024;
const LARGE = 1024 * 1024;
const NOISE_FLOOR_MS = 5;

const patterns: Record<string, string> = {
  'at signs': '@',
  'hash signs': '#',
  'dollar signs': '$',
  'fullwidth signs': '＠＃',
  'protocols': 'http://',
  'protocols with dots': 'http://.',
  'letters': 'a',
  'glued t.co links': 'wordhttps://t.co/',
  'dotted labels without TLD': 'a.',
  'hyphenated labels': 'a-',
  'CJK labels': '日本.',
  'underscored labels': 'a_b.',
  'mention then at sign': '@a',
  'hashtag then hash': '#a',
  'retweet prefixes': 'RT:@',
  'cashtag look-alikes': ' $AB.C',
  'digits hashtag': '#1',
  'open parentheses in path': 'x.com/(',
  'nested parentheses': 'x.com/a(b(c',
  'query without end': 'x.com?!',
  'trailing periods': 'x.com/a.',
  'punycode labels': 'xn--a.',
  'ellipses': 'a.co…',
  'pic links glued': 'xpic.twitter.com/',
  'email look-alikes': 'a.b@c.',
};

function textOf(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function bestTime(text: string, gluedUrls: boolean): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    extractEntities(text, { gluedUrls });
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('linear time on hostile input', () => {
  for (const [name, unit] of Object.entries(patterns)) {
    for (const gluedUrls of [false, true]) {
      it(`${name} (${JSON.stringify(unit)})${gluedUrls ? ' with gluedUrls' : ''}`, () => {
        const small = textOf(unit, SMALL);
        const large = textOf(unit, LARGE);
        extractEntities(textOf(unit, 4096), { gluedUrls }); // warm up
        const smallMs = bestTime(small, gluedUrls);
        const largeMs = bestTime(large, gluedUrls);
        const ratio = largeMs / Math.max(smallMs, NOISE_FLOOR_MS);
        expect(ratio, `256 KB: ${smallMs.toFixed(1)} ms, 1 MB: ${largeMs.toFixed(1)} ms`).toBeLessThan(10);
      });
    }
  }
});
