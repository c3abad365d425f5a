import { cldrLocale } from '../cldr-locale.js';

/**
 * Urdu: `7 فروری، 2024` (Arabic comma), `۷ فروری ۲۰۲۴` (Extended Arabic-Indic digits),
 * `بدھ، 7 فروری، 2024`, `7 فروری، 2024 کو 3:04 PM`.
 *
 * @example
 * parseDate('7 فروری، 2024', { locales: ['ur'] })?.iso; // '2024-02-07'
 */
export const ur = cldrLocale({
  code: 'ur',
  cldr: 'LW',
  patterns: ['D M [،|,] Y'],
  weekdays: '|سوموار|||||',
  timeConnectors: ['کو', 'بوقت'],
  dayPeriods: { am: ['AM', 'قبل دوپہر'], pm: ['PM', 'بعد دوپہر'] },
});
