import { cldrLocale } from '../cldr-locale.js';

/**
 * English: `February 7, 2024`, `Feb 7, 2024 at 3:04 PM`, `3:04 PM · Feb 7, 2024`,
 * `Jul 13, 2017 at 10:10pm PDT`, `7 February 2024`, `Wednesday, February 7th, 2024`. Numeric
 * `2/7/2024` is read month first, but only when English is the only locale asked (other languages
 * read it day first).
 *
 * @example
 * parseDate('Feb 7, 2024 at 10:12 AM', { locales: ['en'] })?.iso; // '2024-02-07T10:12'
 */
export const en = cldrLocale({
  code: 'en',
  cldr: 'LSsWwv',
  months: '||||||||Sept.|||',
  patterns: ['M D [,] Y', 'D M [,] Y', 'D of M [,] Y', 'N / D / Y'],
  weekdays: '||Tues.||Thur(s.)||',
  daySuffixes: ['st', 'nd', 'rd', 'th'],
  timeConnectors: ['at'],
  dayPeriods: { am: ['AM', 'a.m.', 'a. m.'], pm: ['PM', 'p.m.', 'p. m.'] },
});
