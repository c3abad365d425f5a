import { cldrLocale } from '../cldr-locale.js';

/**
 * Malay: `7 Februari 2024`, `7 Feb 2024`, `7 Mac 2024`, `7 Ogos 2024`, `7/2/2024` (day first),
 * `Rabu, 7 Februari 2024`, `7 Februari 2024 pada 3:04 PTG`. Most spellings are shared with
 * Indonesian (`id`, listed first, names those matches); every shared spelling means the same month.
 *
 * @example
 * parseDate('7 Ogos 2024', { locales: ['ms'] })?.iso; // '2024-08-07'
 */
export const ms = cldrLocale({
  code: 'ms',
  cldr: 'LSWw',
  months: '|||||||Ogs|Sept|||',
  patterns: ['D M Y', 'D / N / Y'],
  timeConnectors: ['pada', 'jam', 'pukul'],
  dayPeriods: { am: ['PG', 'pagi'], pm: ['PTG', 'petang'] },
  timeSeparators: ['.'],
});
