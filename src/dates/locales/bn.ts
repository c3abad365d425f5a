import { cldrLocale } from '../cldr-locale.js';

/**
 * Bengali: `৭ ফেব্রুয়ারি, ২০২৪` (Bengali digits, as Twitter and `Intl` write it), `7 ফেব্রুয়ারি 2024`,
 * `৭ ফেব, ২০২৪`, Bangladeshi spellings with long ী (`ফেব্রুয়ারী`),
 * `৭ ফেব্রুয়ারি, ২০২৪ এ ৩:০৪ PM`.
 *
 * @example
 * parseDate('৭ ফেব্রুয়ারি, ২০২৪', { locales: ['bn'] })?.iso; // '2024-02-07'
 */
export const bn = cldrLocale({
  code: 'bn',
  name: 'Bengali',
  cldr: 'LSHWw',
  months: 'জানুয়ারী|ফেব্রুয়ারী||||||আগষ্ট||||',
  patterns: ['D M [,] Y'],
  timeConnectors: ['এ'],
  dayPeriods: { am: ['AM', 'পূর্বাহ্ণ'], pm: ['PM', 'অপরাহ্ণ'] },
});
