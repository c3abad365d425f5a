import type { DateLocale } from '../types.js';

/**
 * German: `7. Februar 2024`, `7. Feb. 2024`, `14. März 2018`, `7.2.2024`,
 * `Mittwoch, 7. Februar 2024 um 15:04 Uhr`; Austrian `Jänner`.
 *
 * @example
 * parseDate('7. Februar 2024 um 15:04', { locales: ['de'] })?.iso; // '2024-02-07T15:04'
 */
export const de: DateLocale = {
  code: 'de',
  name: 'German',
  months: [
    ['Januar', 'Jan.', 'Jänner', 'Jän.'],
    ['Februar', 'Feb.', 'Febr.', 'Feber'],
    ['März', 'Mär.', 'Mrz.', 'Maerz'],
    ['April', 'Apr.'],
    ['Mai'],
    ['Juni', 'Jun.'],
    ['Juli', 'Jul.'],
    ['August', 'Aug.'],
    ['September', 'Sept.', 'Sep.'],
    ['Oktober', 'Okt.'],
    ['November', 'Nov.'],
    ['Dezember', 'Dez.'],
  ],
  patterns: ['D [.] M Y', 'D . N . Y'],
  weekdays: [
    ['Sonntag', 'So.'],
    ['Montag', 'Mo.'],
    ['Dienstag', 'Di.'],
    ['Mittwoch', 'Mi.'],
    ['Donnerstag', 'Do.'],
    ['Freitag', 'Fr.'],
    ['Samstag', 'Sonnabend', 'Sa.'],
  ],
  timeConnectors: ['um'],
  timeSuffixes: ['Uhr'],
};
