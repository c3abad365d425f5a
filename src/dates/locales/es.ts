import { cldrLocale } from '../cldr-locale.js';

/**
 * Spanish: `20 de marzo de 2022`, `7 feb. 2024`, `7 de febrero del 2024`,
 * `martes, 3 de marzo de 2020`, `3:04 p. m. · 7 feb. 2024`, `7/2/2024` (day first).
 *
 * @example
 * parseDate('20 de marzo de 2022', { locales: ['es'] })?.iso; // '2022-03-20'
 */
export const es = cldrLocale({
  code: 'es',
  cldr: 'LSsWwv',
  months: '||||||||set(iembre),sep.|||',
  patterns: ['D [de] M [de|del] Y', 'D / N / Y'],
  daySuffixes: ['º'],
  timeConnectors: ['a las', 'a la'],
  dayPeriods: { am: ['a. m.', 'a.m.', 'AM'], pm: ['p. m.', 'p.m.', 'PM'] },
});
