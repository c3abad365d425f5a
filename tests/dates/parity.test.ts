import { describe, expect, it } from 'vitest';
import { dateLocales, matchDateAt, parseDate, type DateLocale } from '../../src/dates/index.js';

interface Parts {
  year: number;
  month: number;
  day: number;
  spelling: string;
}

/** Writes a date in one of a locale's own layouts (see `DateLocale.patterns`). */
function render(pattern: string, parts: Parts): string {
  return pattern
    .split(' ')
    .filter((item) => item !== '')
    .map((item) => {
      if (item === 'D') return String(parts.day);
      if (item === 'N') return String(parts.month);
      if (item === 'Y') return String(parts.year);
      if (item === 'M') return parts.spelling;
      const body = item.startsWith('[') && item.endsWith(']') ? item.slice(1, -1) : item;
      return body.split('|')[0] ?? '';
    })
    .join(' ');
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** A day valid in every month, varied so day numbers of one and two digits are both covered. */
function dayFor(month: number): number {
  return month % 2 === 0 ? 28 : 1;
}

const codes = dateLocales.map((locale) => locale.code);

describe('the locale registry', () => {
  it('has unique codes', () => {
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(codes)('%s has twelve months, each with a spelling, and patterns', (code) => {
    const locale = dateLocales.find((l) => l.code === code)!;
    expect(locale.months).toHaveLength(12);
    for (const spellings of locale.months) {
      expect(spellings.length).toBeGreaterThanOrEqual(1);
      for (const spelling of spellings) expect(spelling.trim()).not.toBe('');
    }
    expect(locale.patterns.length).toBeGreaterThanOrEqual(1);
    expect(locale.patterns.some((pattern) => pattern.split(' ').includes('M'))).toBe(true);
    expect(locale.name).not.toBe('');
    if (locale.weekdays) {
      expect(locale.weekdays).toHaveLength(7);
      for (const spellings of locale.weekdays) expect(spellings.length).toBeGreaterThanOrEqual(1);
    }
  });
});

describe.each(dateLocales.map((locale) => [locale.code, locale] as const))('%s round trip', (code, locale: DateLocale) => {
  it('reads every spelling of every month in every month-name layout', () => {
    for (const pattern of locale.patterns.filter((p) => p.split(' ').includes('M'))) {
      locale.months.forEach((spellings, index) => {
        const month = index + 1;
        const day = dayFor(month);
        for (const spelling of spellings) {
          const text = render(pattern, { year: 2024, month, day, spelling });
          const match = parseDate(text, { locales: [code] });
          expect(match, `${code} ${pattern}: ${text}`).toMatchObject({ iso: `2024-${pad2(month)}-${pad2(day)}`, locale: code });
        }
      });
    }
  });

  it('reads every month in every numeric layout', () => {
    for (const pattern of locale.patterns.filter((p) => !p.split(' ').includes('M'))) {
      for (let month = 1; month <= 12; month++) {
        const text = render(pattern, { year: 2023, month, day: dayFor(month), spelling: '' });
        expect(parseDate(text, { locales: [code] }), `${code} ${pattern}: ${text}`).toMatchObject({
          iso: `2023-${pad2(month)}-${pad2(dayFor(month))}`,
          locale: code,
        });
      }
    }
  });

  it('reads month-name dates the same when every language is tried', () => {
    const pattern = locale.patterns.find((p) => p.split(' ').includes('M'))!;
    locale.months.forEach((spellings, index) => {
      const month = index + 1;
      for (const spelling of spellings) {
        const text = render(pattern, { year: 2019, month, day: dayFor(month), spelling });
        expect(parseDate(text)?.iso, `${code}: ${text}`).toBe(`2019-${pad2(month)}-${pad2(dayFor(month))}`);
      }
    });
  });

  it('finds a date at a non-zero offset inside a signature, exactly', () => {
    const pattern = locale.patterns.find((p) => p.split(' ').includes('M'))!;
    locale.months.forEach((spellings, index) => {
      const dateText = render(pattern, { year: 2024, month: index + 1, day: 7, spelling: spellings[0]! });
      const text = `— Name (@h) ${dateText} https://t.co/AbCdEf1234`;
      const match = matchDateAt(text, text.indexOf(') ') + 2);
      expect(match?.iso).toBe(`2024-${pad2(index + 1)}-07`);
      expect(text.slice(match!.start, match!.end)).toBe(dateText);
    });
  });

  it.runIf(locale.weekdays !== undefined)('accepts every weekday before a date, when it agrees', () => {
    const pattern = locale.patterns.find((p) => p.split(' ').includes('M'))!;
    // 4 February 2024 was a Sunday.
    locale.weekdays?.forEach((spellings, weekday) => {
      const date = render(pattern, { year: 2024, month: 2, day: 4 + weekday, spelling: locale.months[1]![0]! });
      for (const spelling of spellings) {
        expect(parseDate(`${spelling} ${date}`, { locales: [code] })?.iso, `${code}: ${spelling} ${date}`).toBe(
          `2024-02-${pad2(4 + weekday)}`,
        );
      }
      const wrong = render(pattern, { year: 2024, month: 2, day: 4 + ((weekday + 1) % 7), spelling: locale.months[1]![0]! });
      expect(parseDate(`${spellings[0]} ${wrong}`, { locales: [code] }), `${code}: ${spellings[0]} ${wrong}`).toBeNull();
    });
  });
});
