import { describe, expect, it } from 'vitest';
import { tweetIdTime } from '../../../src/platforms/twitter/snowflake.js';

/** The documented formula, in BigInt: the 41 bits above the low 22, plus Twitter's epoch. */
const formula = (id: string) => Number((BigInt(id) >> 22n) + 1288834974657n);

describe('tweetIdTime', () => {
  it('reads the creation time of a known id', () => {
    expect(tweetIdTime('1755259323123712345')).toBe(1707321408430);
    expect(new Date(tweetIdTime('1755259323123712345') ?? 0).toISOString()).toBe('2024-02-07T15:56:48.430Z');
    expect(new Date(tweetIdTime('1638188277565329408') ?? 0).toISOString()).toBe('2023-03-21T14:38:16.094Z');
  });

  it('agrees with (id >> 22) + 1288834974657', () => {
    for (const id of ['29700859247', '1000000000000000000', '1765012345678901234', '1800000000000000001', '9223372036854775807']) {
      expect(tweetIdTime(id), id).toBe(formula(id));
    }
  });

  it('gives the time back for an id built from it', () => {
    const time = Date.UTC(2022, 9, 27, 8, 15, 30, 123);
    const id = ((BigInt(time) - 1288834974657n) << 22n) | 0x3ff_fffn;
    expect(tweetIdTime(id.toString())).toBe(time);
  });

  it('returns null for pre-snowflake ids', () => {
    expect(tweetIdTime('20')).toBeNull();
    expect(tweetIdTime('29700859246')).toBeNull();
    expect(tweetIdTime('29700859247')).toBe(formula('29700859247'));
  });

  it('returns null for ids beyond 63 bits', () => {
    expect(tweetIdTime('9223372036854775808')).toBeNull();
    expect(tweetIdTime('18446744073709551615')).toBeNull();
    expect(tweetIdTime('123456789012345678901')).toBeNull();
  });

  it.each(['', 'abc', '-1', '1.5e18', ' 1755259323123712345', '1755259323123712345 ', '0x1860a3c5f2c8e001', '١٧٥٥٢٥٩٣٢٣١٢٣٧١٢٣٤٥'])(
    'returns null for %j',
    (id) => {
      expect(tweetIdTime(id)).toBeNull();
    },
  );
});
