import { cldrLocale } from '../cldr-locale.js';

/**
 * German: `7. Februar 2024`, `7. Feb. 2024`, `14. März 2018`, `7.2.2024`,
 * `Mittwoch, 7. Februar 2024 um 15:04 Uhr`; Austrian `Jänner`.
 *
 * @example
 * parseDate('7. Februar 2024 um 15:04', { locales: ['de'] })?.iso; // '2024-02-07T15:04'
 */
export const de = cldrLocale({
  code: 'de',
  cldr: 'LSHsWwv',
  months: 'Jänner|Febr.,Feber|Mrz.,Maerz|||||||||',
  patterns: ['D [.] M Y', 'D . N . Y'],
  weekdays: '||||||Sonnabend',
  timeConnectors: ['um'],
  timeSuffixes: ['Uhr'],
});
