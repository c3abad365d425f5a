import { describe, expect, it } from 'vitest';
import { readWrittenDate } from '../../src/dates/embed-time.js';

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
