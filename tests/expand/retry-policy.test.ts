import { describe, expect, it } from 'vitest';
import { backoffDelay, honoursRetryAfter, isRetryableStatus, parseRetryAfter } from '../../src/expand/retry-policy.js';

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, scaled by the jitter', () => {
    const top = () => 0.999999;
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => backoffDelay(attempt, 100, 1000, top))).toEqual([99, 199, 399, 799, 999, 999, 999]);
    expect(backoffDelay(3, 100, 1000, () => 0)).toBe(0);
    expect(backoffDelay(2, 100, 1000, () => 0.5)).toBe(200);
  });

  it('stays within [0, cap] for any random value', () => {
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(i % 40, 250, 5000);
      expect(delay).toBeGreaterThanOrEqual(0);
      expect(delay).toBeLessThanOrEqual(5000);
    }
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
  it.each([
    ['2', 2000],
    [' 0 ', 0],
    ['Wed, 21 Oct 2015 07:28:05 GMT', 5000],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0],
  ])('%j → %i ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([undefined, '', 'soon', '-5', '1.5', 'Thu, 99 Foo 2015'])('%j → null', (value) => {
    expect(parseRetryAfter(value, now)).toBeNull();
  });
});

describe('status classes', () => {
  it('retries 5xx (not 501) and 429, nothing else', () => {
    expect([429, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([200, 301, 400, 404, 501].some(isRetryableStatus)).toBe(false);
  });
  it('honours Retry-After on 429 and 503 only', () => {
    expect([429, 503].every(honoursRetryAfter)).toBe(true);
    expect([500, 502].some(honoursRetryAfter)).toBe(false);
  });
});
