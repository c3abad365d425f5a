import { cldrLocale } from '../cldr-locale.js';

/**
 * Indonesian: `7 Februari 2024`, `7 Feb 2024`, `7/2/2024` (day first),
 * `7 Februari 2024 pukul 15.04`.
 *
 * @example
 * parseDate('7 Februari 2024', { locales: ['id'] })?.iso; // '2024-02-07'
 */
export const id = cldrLocale({
  code: 'id',
  cldr: 'LSW',
  months: '|Pebruari||||||Agt,Ags|Sept||Nop|',
  patterns: ['D M Y', 'D / N / Y'],
  weekdays: "|||||Jum'at|",
  timeConnectors: ['pukul', 'pkl.', 'jam'],
  timeSeparators: ['.'],
});
