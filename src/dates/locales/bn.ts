import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Bengali: `৭ ফেব্রুয়ারি, ২০২৪` (Bengali digits, as Twitter and `Intl` write it), `7 ফেব্রুয়ারি 2024`,
 * `৭ ফেব, ২০২৪`, Bangladeshi spellings with long ী (`ফেব্রুয়ারী`),
 * `৭ ফেব্রুয়ারি, ২০২৪ এ ৩:০৪ PM`.
 *
 * @example
 * parseDate('৭ ফেব্রুয়ারি, ২০২৪', { locales: ['bn'] })?.iso; // '2024-02-07'
 */
export const bn: DateLocale = {
  code: 'bn',
  name: 'Bengali',
  months: spellings(
    'জানুয়ারি,জানুয়ারী,জানু|ফেব্রুয়ারি,ফেব্রুয়ারী,ফেব|মার্চ|এপ্রিল,এপ্রি|মে|জুন|জুলাই,জুল|আগস্ট,আগষ্ট,আগ|সেপ্টেম্বর,সেপ্ট,সেপ|অক্টোবর,অক্টো|নভেম্বর,নভে|ডিসেম্বর,ডিসে',
  ),
  patterns: ['D M [,] Y'],
  weekdays: spellings('রবিবার,রবি|সোমবার,সোম|মঙ্গলবার,মঙ্গল|বুধবার,বুধ|বৃহস্পতিবার,বৃহস্পতি|শুক্রবার,শুক্র|শনিবার,শনি'),
  timeConnectors: ['এ'],
  dayPeriods: { am: ['AM', 'পূর্বাহ্ণ'], pm: ['PM', 'অপরাহ্ণ'] },
};
