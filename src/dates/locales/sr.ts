import { cldrLocale } from '../cldr-locale.js';

/**
 * Serbian, Latin and Cyrillic: `7. februar 2024.` / `7. фебруар 2024.`, `7. feb 2024.`,
 * `7. 2. 2024.`, `7. фебруар 2024. године`, `среда, 7. фебруар 2024.`, `7. februar 2024. u 15:04`.
 * The dot closing the year is left out of the match (as sentence punctuation), because Latin
 * spellings are shared with German, Danish, Norwegian and Slovenian (`7. Feb. 2024.` ends a German
 * sentence); `godine`/`године` after it is part of the date.
 *
 * @example
 * parseDate('7. фебруар 2024.', { locales: ['sr'] })?.iso; // '2024-02-07'
 */
export const sr = cldrLocale({
  code: 'sr',
  cldr: 'LSWw sr-Latn/LSWw',
  months: '|||||juni,јуни|juli,јули||sept,септ|||',
  patterns: ['D . M Y', 'D . M Y . godine|године', 'D . N . Y'],
  timeConnectors: ['.', 'u', 'у'],
  timeSeparators: ['.'],
  timeSuffixes: ['h', 'č', 'ч', 'časova', 'часова'],
});
