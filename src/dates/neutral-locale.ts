import type { DateLocale } from './types.js';

/**
 * Year-first numeric dates, which every language reads the same way: ISO `2024-02-07` (with an
 * optional `T15:04:05Z`-style time), `2024/02/07`, `2024. 2. 7.`. Matches report locale `'und'`.
 * Not part of `dateLocales` (it has no month names); the matcher always tries it.
 *
 * @example
 * parseDate('2024-02-07T15:04:05+02:00')?.iso; // '2024-02-07T15:04:05+02:00'
 */
export const neutralLocale: DateLocale = {
  code: 'und',
  name: 'Language-neutral',
  months: [],
  patterns: ['Y - N - D', 'Y / N / D', 'Y . N . D [.]'],
  timeConnectors: ['T'],
};
