import { describe, expect, it } from 'vitest';
import { formatPostTime, readWrittenDate } from '../../src/dates/embed-time.js';

describe('formatPostTime', () => {
  const time = Date.UTC(2024, 1, 8, 3, 0); // 2024-02-08T03:00Z

  it('writes the instant in UTC when the written day is the UTC day', () => {
    expect(formatPostTime(time, '2024-02-08')).toEqual({ iso: '2024-02-08T03:00:00.000Z', agrees: true });
  });

  it('writes the instant in UTC when there is no written day', () => {
    expect(formatPostTime(time, null)).toEqual({ iso: '2024-02-08T03:00:00.000Z', agrees: true });
  });

  it('picks the offset nearest zero whose calendar day is the written day', () => {
    // 03:00Z is still 7 February from −04:00 westwards; −04:00 is nearest zero.
    expect(formatPostTime(time, '2024-02-07')).toEqual({ iso: '2024-02-07T23:00:00.000-04:00', agrees: true });
  });

  it('goes east when the written day is the next day', () => {
    const noon = Date.UTC(2024, 1, 7, 12, 30, 15, 250);
    expect(formatPostTime(noon, '2024-02-07')).toEqual({ iso: '2024-02-07T12:30:15.250Z', agrees: true });
    expect(formatPostTime(noon, '2024-02-08')).toEqual({ iso: '2024-02-08T00:30:15.250+12:00', agrees: true });
  });

  it('writes the same instant whatever offset it picks', () => {
    const instant = Date.UTC(2023, 2, 21, 14, 38, 16, 94);
    for (const day of ['2023-03-21', '2023-03-22', '2023-03-20']) {
      const { iso, agrees } = formatPostTime(instant, day);
      expect(agrees).toBe(day !== '2023-03-20');
      expect(Date.parse(iso)).toBe(instant);
    }
  });

  it('reaches +14:00 eastwards but only −12:00 westwards', () => {
    const ten = Date.UTC(2024, 1, 7, 10, 0);
    expect(formatPostTime(ten, '2024-02-08')).toEqual({ iso: '2024-02-08T00:00:00.000+14:00', agrees: true });
    const eleven = Date.UTC(2024, 1, 7, 11, 0);
    expect(formatPostTime(eleven, '2024-02-06')).toEqual({ iso: '2024-02-06T23:00:00.000-12:00', agrees: true });
    const almostNoon = Date.UTC(2024, 1, 7, 11, 59, 59, 999);
    expect(formatPostTime(almostNoon, '2024-02-06')).toEqual({ iso: '2024-02-06T23:59:59.999-12:00', agrees: true });
    // At 12:00Z the previous day is over everywhere from −12:00 eastwards.
    const noon = Date.UTC(2024, 1, 7, 12, 0);
    expect(formatPostTime(noon, '2024-02-06')).toEqual({ iso: '2024-02-07T12:00:00.000Z', agrees: false });
  });

  it('disagrees, writing UTC, when no offset puts the instant on the written day', () => {
    expect(formatPostTime(time, '2024-02-09')).toEqual({ iso: '2024-02-08T03:00:00.000Z', agrees: false });
    expect(formatPostTime(time, '2024-02-06')).toEqual({ iso: '2024-02-08T03:00:00.000Z', agrees: false });
    expect(formatPostTime(time, '2023-02-08')).toEqual({ iso: '2024-02-08T03:00:00.000Z', agrees: false });
  });

  it('pads single-digit offsets', () => {
    const early = Date.UTC(2024, 6, 1, 0, 30);
    expect(formatPostTime(early, '2024-06-30')).toEqual({ iso: '2024-06-30T23:30:00.000-01:00', agrees: true });
  });
});

describe('readWrittenDate', () => {
  it('reads the date in the embed language', () => {
    expect(readWrittenDate('17. August 2018', 'de')).toMatchObject({ iso: '2018-08-17', locale: 'de' });
    expect(readWrittenDate('4. März 2024', 'de')).toMatchObject({ iso: '2024-03-04', locale: 'de' });
    expect(readWrittenDate('3 mars 2021', 'fr')).toMatchObject({ iso: '2021-03-03', locale: 'fr' });
  });

  it('prefers the base language of a regional data-lang', () => {
    // The same characters read as Japanese when no language is given.
    expect(readWrittenDate('2018年8月17日', null)).toMatchObject({ iso: '2018-08-17', locale: 'ja' });
    expect(readWrittenDate('2018年8月17日', 'zh-cn')).toMatchObject({ iso: '2018-08-17', locale: 'zh' });
    expect(readWrittenDate('2018年8月17日', 'zh-CN')).toMatchObject({ locale: 'zh' });
    expect(readWrittenDate('5 de marzo de 2024', 'es_ES')).toMatchObject({ iso: '2024-03-05', locale: 'es' });
    expect(readWrittenDate('5 Mar 2024', 'en-GB')).toMatchObject({ iso: '2024-03-05', locale: 'en' });
  });

  it('lets the embed language decide between languages sharing a month name', () => {
    expect(readWrittenDate('5 mars 2024', 'sv')).toMatchObject({ iso: '2024-03-05', locale: 'sv' });
    expect(readWrittenDate('5 mars 2024', 'fr')).toMatchObject({ iso: '2024-03-05', locale: 'fr' });
    expect(readWrittenDate('5 mar 2024', 'pl')).toMatchObject({ locale: 'pl' });
    expect(readWrittenDate('5 mar 2024', 'it')).toMatchObject({ locale: 'it' });
  });

  it('falls back to every language when the embed language does not read the date', () => {
    // A German page embedding a tweet whose date was left in English.
    expect(readWrittenDate('March 5, 2024', 'de')).toMatchObject({ iso: '2024-03-05', locale: 'en' });
    expect(readWrittenDate('17. August 2018', undefined)).toMatchObject({ iso: '2018-08-17' });
  });

  it('falls back to every language for an unknown data-lang', () => {
    expect(readWrittenDate('March 5, 2024', 'xx')).toMatchObject({ iso: '2024-03-05', locale: 'en' });
    expect(readWrittenDate('March 5, 2024', '')).toMatchObject({ iso: '2024-03-05' });
  });

  it('returns null for text that is no date', () => {
    expect(readWrittenDate('not a date', 'en')).toBeNull();
    expect(readWrittenDate('', null)).toBeNull();
  });
});
