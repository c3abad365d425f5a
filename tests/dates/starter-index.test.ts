import { describe, expect, it } from 'vitest';
import { compileLocale } from '../../src/dates/compile-locale.js';
import { dateLocales, matchDateAt } from '../../src/dates/index.js';
import { starterIndex } from '../../src/dates/starter-index.js';

const compiled = dateLocales.map(compileLocale);
const index = starterIndex(compiled);
const codesAt = (text: string): string[] => index(text, 0, text.length).map((c) => c.locale.code);

describe('starterIndex', () => {
  it('rules in only the languages that spell the opening word', () => {
    expect(codesAt('March 19, 2024')).toEqual(['en']);
    expect(codesAt('Februar 2024')).toEqual(expect.arrayContaining(['de', 'da', 'nb', 'hu', 'sr']));
    expect(codesAt('Februar 2024')).not.toContain('en');
    expect(codesAt('Mittwoch, 7. Februar 2024')).toEqual(['de']);
    expect(codesAt('Nobody is against trees 2024')).toEqual([]);
  });

  it('takes every spelling that ends at a word boundary, not only the longest (`mar.` and `martes`)', () => {
    // `mar` (March) is Spanish, `martes` (Tuesday) too, and Filipino's `Martes`: both ends count.
    expect(codesAt('martes, 5 de marzo de 2024')).toEqual(expect.arrayContaining(['es', 'fil']));
    expect(codesAt('mar. 5, 2024')).toEqual(expect.arrayContaining(['fr', 'es', 'pt', 'it', 'fil']));
  });

  it('keeps the registry order, so the first language that reads a date still names it', () => {
    const codes = codesAt('7 januari 2024'.slice(2));
    const order = dateLocales.map((locale) => locale.code);
    expect(codes).toEqual([...codes].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(codes[0]).toBe('nl');
  });

  it('never rules out a language that reads the date: every month and weekday spelling, every layout', () => {
    const every = { locales: dateLocales.map((locale) => locale.code) };
    for (const locale of dateLocales) {
      const words = [...locale.months.flat(), ...(locale.weekdays?.flat() ?? []), ...(locale.dayPeriods?.pm ?? [])];
      for (const word of words) {
        for (const text of [`${word} 7, 2024`, `${word} 7 ${locale.months[1]![0]} 2024 3:04`, `${word}. 2024`]) {
          // With `locales` given, every language is tried without the index.
          expect(matchDateAt(text, 0), `${locale.code}: ${text}`).toEqual(matchDateAt(text, 0, every));
        }
      }
    }
  });
});
