import { describe, expect, it } from 'vitest';
import { matchDateAt, parseDate } from '../../src/dates/index.js';
import { daysInMonth } from '../../src/dates/match-date.js';

describe('text that is not a date', () => {
  it.each([
    'February 30, 2024',
    'Feb 29, 2023',
    'April 31, 2024',
    '30. Februar 2024',
    '31 de junio de 2024',
    '2024-13-01',
    '2024-02-30',
    'May I ask',
    'May 7',
    '7 apples 2024',
    'Marching 7, 2024',
    'Maybe 7 2024',
    '12345',
    '2024',
    '7',
    '1 2 3',
    '7.2',
    '7 February 1989',
    '7 February 2101',
    '7 February 20245',
    '7 February 24',
    '123 February 2024',
    '',
    '   ',
    '— (@h)',
    'Tuesday, February 7, 2024',
  ])('rejects %j', (text) => {
    expect(parseDate(text)).toBeNull();
    expect(matchDateAt(text, 0)).toBeNull();
  });

  it('rejects a date glued to the word or number before it', () => {
    expect(matchDateAt('xFebruary 7, 2024', 1)).toBeNull();
    expect(matchDateAt('12024-02-07', 1)).toBeNull();
    expect(matchDateAt('(@h)February 7, 2024', 4)?.iso).toBe('2024-02-07');
    expect(matchDateAt('于2024年2月7日', 1)?.iso).toBe('2024-02-07');
  });

  it('rejects text before the date at the given position', () => {
    expect(matchDateAt('on February 7, 2024', 0)).toBeNull();
    expect(matchDateAt('— Name (@h) February 7, 2024', 0)).toBeNull();
  });

  it('rejects positions outside the text', () => {
    expect(matchDateAt('February 7, 2024', -1)).toBeNull();
    expect(matchDateAt('February 7, 2024', 16)).toBeNull();
    expect(matchDateAt('February 7, 2024', 1.5)).toBeNull();
    expect(matchDateAt('February 7, 2024', Number.NaN)).toBeNull();
  });

  it('refuses a whole string with anything besides the date', () => {
    expect(parseDate('February 7, 2024.')).toBeNull();
    expect(parseDate('on February 7, 2024')).toBeNull();
    expect(parseDate('February 7, 2024 https://t.co/x')).toBeNull();
  });
});

describe('match extent', () => {
  it.each([
    ['February 7, 2024. Next paragraph', 'February 7, 2024'],
    ['February 7, 2024, said the minister', 'February 7, 2024'],
    ['7. Feb. 2024.', '7. Feb. 2024'],
    ['7 février 2024https://t.co/x', '7 février 2024'],
    ['February 7, 2024 at 3 PM', 'February 7, 2024'],
    ['February 7, 2024 at 13:04 PM', 'February 7, 2024 at 13:04'],
    ['February 7, 2024 at 3:04 PM IST', 'February 7, 2024 at 3:04 PM'],
    ['February 7, 2024 at 3:04 pm pst', 'February 7, 2024 at 3:04 pm'],
    ['7. Februar 2024 um 24:00', '7. Februar 2024'],
    ['7 февраля 2024 г., заявил', '7 февраля 2024 г.'],
    ['2024. február 7., szerda', '2024. február 7.'],
    ['\u00a0\u200fFebruary 7, 2024\u200f', 'February 7, 2024'],
  ])('in %j is %j', (text, dateText) => {
    const match = matchDateAt(text, 0);
    expect(match).not.toBeNull();
    expect(text.slice(match!.start, match!.end)).toBe(dateText);
  });

  it('skips leading spaces and line breaks and reports the first date character', () => {
    const text = '(@h) \n\u00a0 7 Feb 2024';
    expect(matchDateAt(text, 4)?.start).toBe(text.indexOf('7'));
  });

  it('reads no further than maxLength', () => {
    expect(matchDateAt('February 7, 2024', 0, { maxLength: 10 })).toBeNull();
    expect(matchDateAt('February 7, 2024 at 3:04 PM', 0, { maxLength: 16 })?.iso).toBe('2024-02-07');
    expect(parseDate('February 7, 2024', { maxLength: 10 })).toBeNull();
  });
});

describe('daysInMonth', () => {
  it('follows the Gregorian leap rule (every 4th year, not every 100th, every 400th)', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2023, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect([2024, 2100, 2000, 1900, 400, 100].map((year) => daysInMonth(year, 2))).toEqual([29, 28, 29, 28, 29, 28]);
  });
});
