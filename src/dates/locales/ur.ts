import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Urdu: `7 فروری، 2024` (Arabic comma), `۷ فروری ۲۰۲۴` (Extended Arabic-Indic digits),
 * `بدھ، 7 فروری، 2024`, `7 فروری، 2024 کو 3:04 PM`.
 *
 * @example
 * parseDate('7 فروری، 2024', { locales: ['ur'] })?.iso; // '2024-02-07'
 */
export const ur: DateLocale = {
  code: 'ur',
  name: 'Urdu',
  months: spellings('جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر'),
  patterns: ['D M [،|,] Y'],
  weekdays: spellings('اتوار|پیر,سوموار|منگل|بدھ|جمعرات|جمعہ|ہفتہ'),
  timeConnectors: ['کو', 'بوقت'],
  dayPeriods: { am: ['AM', 'قبل دوپہر'], pm: ['PM', 'بعد دوپہر'] },
};
