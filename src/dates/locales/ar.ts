import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/** Month names used in Egypt, the Gulf and most wire copy (January first). */
const WESTERN = [
  ['يناير'],
  ['فبراير'],
  ['مارس'],
  ['أبريل', 'إبريل'],
  ['مايو'],
  ['يونيو', 'يونية', 'يونيه'],
  ['يوليو', 'يولية', 'يوليه'],
  ['أغسطس'],
  ['سبتمبر'],
  ['أكتوبر'],
  ['نوفمبر'],
  ['ديسمبر'],
];
/** Syriac-derived names used in the Levant and Iraq. */
const LEVANT = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
];
/** French-derived names used in Algeria and Tunisia, and Morocco's own. */
const MAGHREB = [
  ['جانفي'],
  ['فيفري'],
  [],
  ['أفريل'],
  ['ماي'],
  ['جوان'],
  ['جويلية', 'يوليوز'],
  ['أوت', 'غشت'],
  ['شتنبر'],
  [],
  ['نونبر'],
  ['دجنبر'],
];

/**
 * Arabic: `7 فبراير 2024`, `٧ فبراير ٢٠٢٤` (Arabic-Indic digits), Levant `7 شباط 2024`,
 * combined `7 شباط/فبراير 2024`, Maghreb `7 فيفري 2024`, `7 فبراير 2024 الساعة 3:04 م`.
 *
 * @example
 * parseDate('٧ فبراير ٢٠٢٤', { locales: ['ar'] })?.iso; // '2024-02-07'
 */
export const ar: DateLocale = {
  code: 'ar',
  name: 'Arabic',
  months: WESTERN.map((western, index) => {
    const levant = LEVANT[index] ?? '';
    const main = western[0] ?? '';
    return [...western, levant, ...(MAGHREB[index] ?? []), `${levant}/${main}`, `${main}/${levant}`];
  }),
  patterns: ['D M [،|,] Y [م]', 'D / N / Y'],
  weekdays: spellings('الأحد|الاثنين,الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت'),
  timeConnectors: ['الساعة', 'في'],
  dayPeriods: { am: ['ص', 'صباحا', 'صباحًا'], pm: ['م', 'مساء', 'مساءً'] },
};
