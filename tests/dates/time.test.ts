import { describe, expect, it } from 'vitest';
import { formatUtcOffset, parseDate, timeZoneOffset, timeZoneOffsets } from '../../src/dates/index.js';

describe('times and zones', () => {
  it.each([
    ['Jul 13, 2017 at 10:10pm PDT', '2017-07-13T22:10-07:00', 'minute'],
    ['Feb 7, 2024 at 3:04 PM EST', '2024-02-07T15:04-05:00', 'minute'],
    ['Feb 7, 2024 at 3:04 PM UTC', '2024-02-07T15:04Z', 'minute'],
    ['Feb 7, 2024 at 15:04 GMT', '2024-02-07T15:04Z', 'minute'],
    ['Feb 7, 2024 at 15:04 GMT+2', '2024-02-07T15:04+02:00', 'minute'],
    ['Feb 7, 2024 at 15:04 UTC-05:30', '2024-02-07T15:04-05:30', 'minute'],
    ['Feb 7, 2024 at 15:04 +0200', '2024-02-07T15:04+02:00', 'minute'],
    ['Feb 7, 2024 at 15:04 -07:00', '2024-02-07T15:04-07:00', 'minute'],
    ['Feb 7, 2024 at 12:00 AM AEDT', '2024-02-07T00:00+11:00', 'minute'],
    ['Feb 7, 2024 at 12:15 PM JST', '2024-02-07T12:15+09:00', 'minute'],
    ['7. Februar 2024 um 15:04 Uhr MEZ', '2024-02-07T15:04+01:00', 'minute'],
    ['7 February 2024 15:04:05 BST', '2024-02-07T15:04:05+01:00', 'second'],
    ['2024-02-07T15:04', '2024-02-07T15:04', 'minute'],
    ['2024-02-07 15:04', '2024-02-07T15:04', 'minute'],
    ['2024-02-07T15:04:05Z', '2024-02-07T15:04:05Z', 'second'],
    ['2024-02-07T15:04:05.123+02:00', '2024-02-07T15:04:05+02:00', 'second'],
    ['2024-02-07T15:04:05-0700', '2024-02-07T15:04:05-07:00', 'second'],
    ['February 7, 2024, at 3:04 PM', '2024-02-07T15:04', 'minute'],
    ['February 7, 2024 · 3:04 PM', '2024-02-07T15:04', 'minute'],
  ])('%s → %s', (text, iso, precision) => {
    expect(parseDate(text)).toMatchObject({ iso, precision, start: 0, end: text.length });
  });

  it('does not read a glued minus as an offset outside ISO date-times', () => {
    expect(parseDate('Feb 7, 2024 at 10:00-11:00')).toBeNull();
  });
});

describe('time-zone table', () => {
  it('maps the usual abbreviations', () => {
    expect(timeZoneOffset('PST')).toBe(-480);
    expect(timeZoneOffset('PDT')).toBe(-420);
    expect(timeZoneOffset('EST')).toBe(-300);
    expect(timeZoneOffset('CEST')).toBe(120);
    expect(timeZoneOffset('UTC')).toBe(0);
    expect(timeZoneOffset('IST')).toBeUndefined();
    expect(timeZoneOffset('pdt')).toBeUndefined();
    expect(timeZoneOffset('toString')).toBeUndefined();
  });

  it('holds sane offsets', () => {
    for (const [abbreviation, minutes] of Object.entries(timeZoneOffsets)) {
      expect(abbreviation).toMatch(/^[A-Z]{1,5}$/);
      expect(Math.abs(minutes)).toBeLessThanOrEqual(14 * 60);
    }
  });

  it('formats offsets as ISO 8601', () => {
    expect(formatUtcOffset(-420)).toBe('-07:00');
    expect(formatUtcOffset(330)).toBe('+05:30');
    expect(formatUtcOffset(0)).toBe('Z');
  });
});
