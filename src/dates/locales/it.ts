import { cldrLocale } from '../cldr-locale.js';

/**
 * Italian: `7 febbraio 2024`, `7 feb 2024`, `1º marzo 2024`, `7 febbraio 2024 alle 15:04`,
 * `7/2/2024` (day first).
 *
 * @example
 * parseDate('7 febbraio 2024', { locales: ['it'] })?.iso; // '2024-02-07'
 */
export const it = cldrLocale({
  code: 'it',
  cldr: 'LSsWwv',
  patterns: ['D M Y', 'D / N / Y'],
  daySuffixes: ['º'],
  timeConnectors: ['alle', "all'", 'alle ore', 'ore'],
});
