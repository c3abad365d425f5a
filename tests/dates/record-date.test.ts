import { describe, expect, it } from 'vitest';
import { dateMismatch, formatPostTime, recordDate } from '../../src/dates/index.js';
import { publishedAtPattern } from '../../src/schema/index.js';

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

describe('recordDate', () => {
  it('keeps a day as a day', () => {
    expect(recordDate({ written: '2024-02-07' })).toEqual({
      publishedAt: '2024-02-07',
      datePrecision: 'day',
      publishedAtLocal: null,
      agrees: true,
    });
  });

  it('never passes a zone-less time off as UTC: the day in publishedAt, the time in publishedAtLocal', () => {
    expect(recordDate({ written: '2024-11-05T12:56' })).toEqual({
      publishedAt: '2024-11-05',
      datePrecision: 'day',
      publishedAtLocal: '2024-11-05T12:56',
      agrees: true,
    });
    expect(recordDate({ written: '2024-11-05T12:56:09' }).publishedAtLocal).toBe('2024-11-05T12:56:09');
  });

  it('writes a time with a zone with seconds and the offset, UTC as Z', () => {
    expect(recordDate({ written: '2017-07-13T22:10-07:00' })).toEqual({
      publishedAt: '2017-07-13T22:10:00-07:00',
      datePrecision: 'minute',
      publishedAtLocal: null,
      agrees: true,
    });
    expect(recordDate({ written: '2017-07-13T22:10:05Z' })).toMatchObject({ publishedAt: '2017-07-13T22:10:05Z', datePrecision: 'second' });
    expect(recordDate({ written: '2017-07-13T22:10+05:30' }).publishedAt).toBe('2017-07-13T22:10:00+05:30');
  });

  it('reads a markup timestamp in the zone the written date names', () => {
    // Instagram: <time datetime="2016-12-05T17:10:10+00:00">Dec 5, 2016 at 9:10am PST</time>
    const date = recordDate({ written: '2016-12-05T09:10-08:00', datetime: '2016-12-05T17:10:10+00:00' });
    expect(date).toEqual({ publishedAt: '2016-12-05T09:10:10-08:00', datePrecision: 'second', publishedAtLocal: null, agrees: true });
  });

  it('writes a markup timestamp with no written date at its own offset, +00:00 as Z, milliseconds dropped', () => {
    expect(recordDate({ datetime: '2016-12-05T17:10:10+00:00' }).publishedAt).toBe('2016-12-05T17:10:10Z');
    expect(recordDate({ datetime: '2016-12-05T17:10:10.000Z' }).publishedAt).toBe('2016-12-05T17:10:10Z');
    expect(recordDate({ datetime: '2016-12-05T17:10+0200' })).toMatchObject({
      publishedAt: '2016-12-05T17:10:00+02:00',
      datePrecision: 'minute',
    });
  });

  it('reads a zone-less markup timestamp like a written time', () => {
    expect(recordDate({ datetime: '2016-12-05T17:10' })).toEqual({
      publishedAt: '2016-12-05',
      datePrecision: 'day',
      publishedAtLocal: '2016-12-05T17:10',
      agrees: true,
    });
  });

  it("takes the id's instant at the offset whose clock reads the written time", () => {
    // A Bluesky TID of 18:56:54Z and a widget that wrote 12:56 PM: the reader was at −06:00.
    const date = recordDate({ written: '2024-11-05T12:56', idTime: Date.UTC(2024, 10, 5, 18, 56, 54, 248) });
    expect(date).toEqual({
      publishedAt: '2024-11-05T12:56:54.248-06:00',
      datePrecision: 'id',
      publishedAtLocal: '2024-11-05T12:56',
      agrees: true,
    });
    // Quarter-hour zones too (Nepal, +05:45).
    expect(recordDate({ written: '2024-11-06T00:41', idTime: Date.UTC(2024, 10, 5, 18, 56, 54, 248) }).publishedAt).toBe(
      '2024-11-06T00:41:54.248+05:45',
    );
  });

  it('falls back to the written day when the written clock fits no offset, and flags a day that fits none', () => {
    const time = Date.UTC(2024, 1, 8, 3, 0);
    expect(recordDate({ written: '2024-02-07T22:13', idTime: time })).toMatchObject({
      publishedAt: '2024-02-07T23:00:00.000-04:00',
      agrees: true,
    });
    expect(recordDate({ written: '2024-02-01', idTime: time })).toMatchObject({
      publishedAt: '2024-02-08T03:00:00.000Z',
      datePrecision: 'id',
      agrees: false,
    });
  });

  it('reads no date from an impossible day or time', () => {
    expect(recordDate({ written: '2024-02-30' }).publishedAt).toBeNull();
    expect(recordDate({ datetime: '2023-02-29T10:00:00Z' }).publishedAt).toBeNull();
    expect(recordDate({ written: '2024-02-07T24:10' })).toMatchObject({ publishedAt: null, publishedAtLocal: null });
    expect(recordDate({ written: '2024-02-29' }).publishedAt).toBe('2024-02-29');
    // Century rules, month and day ranges, and the years 0–99 that Date.UTC would read as 19xx.
    expect(recordDate({ written: '1900-02-29' }).publishedAt).toBeNull();
    expect(recordDate({ written: '2000-02-29' }).publishedAt).toBe('2000-02-29');
    expect(recordDate({ written: '2024-04-31' }).publishedAt).toBeNull();
    expect(recordDate({ written: '2024-12-31' }).publishedAt).toBe('2024-12-31');
    expect(recordDate({ written: '2024-13-01' }).publishedAt).toBeNull();
    expect(recordDate({ written: '2024-00-10' }).publishedAt).toBeNull();
    expect(recordDate({ written: '2024-01-00' }).publishedAt).toBeNull();
    expect(recordDate({ written: '0099-01-01' }).publishedAt).toBeNull();
    expect(recordDate({ written: '0100-01-01' }).publishedAt).toBe('0100-01-01');
  });

  it('always writes a publishedAt the grammar accepts', () => {
    const written = [
      null,
      '2024-02-07',
      '2024-02-07T15:04',
      '2024-02-07T15:04:05',
      '2024-02-07T15:04-07:00',
      '2024-02-07T15:04:05Z',
      '2024-02-07T15:04+00:00',
      'nonsense',
    ];
    const datetimes = [
      null,
      '2024-02-07T15:04:05+00:00',
      '2024-02-07T15:04:05.123Z',
      '2024-02-07T15:04',
      '2024-02-07',
      '2024-02-31T10:00Z',
      'soon',
    ];
    const ids = [null, Date.UTC(2024, 1, 7, 22, 4, 5, 9)];
    for (const w of written) {
      for (const datetime of datetimes) {
        for (const idTime of ids) {
          const { publishedAt, datePrecision } = recordDate({ written: w, datetime, idTime });
          if (publishedAt !== null) expect(publishedAt, `${w} ${datetime} ${idTime}`).toMatch(publishedAtPattern);
          expect(datePrecision === null, `${w} ${datetime} ${idTime}`).toBe(publishedAt === null);
        }
      }
    }
  });
});

describe('dateMismatch', () => {
  it('is a warning naming both dates', () => {
    const diagnostic = dateMismatch('2024-02-08T03:00:00.000Z', 'February 1, 2024', 10, 90);
    expect(diagnostic).toMatchObject({ code: 'date-mismatch', severity: 'warning', start: 10, end: 90 });
    expect(diagnostic.message).toContain('February 1, 2024');
    expect(diagnostic.message).toContain('2024-02-08T03:00:00.000Z');
  });
});
