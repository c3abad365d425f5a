import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * French: `7 février 2024`, `1er mars 2024`, `7 févr. 2024`, `lundi 18 janvier 2021`,
 * `7 février 2024 à 15 h 04`, `7/2/2024` (day first).
 *
 * @example
 * parseDate('1er mars 2024', { locales: ['fr'] })?.iso; // '2024-03-01'
 */
export const fr: DateLocale = {
  code: 'fr',
  name: 'French',
  months: spellings('janv(ier)|févr(ier),fév.|mars|avr(il)|mai|juin|juil(let)|août|sept(embre)|oct(obre)|nov(embre)|déc(embre)'),
  patterns: ['D M Y', 'D / N / Y'],
  weekdays: spellings('dim(anche)|lun(di)|mar(di)|mer(credi)|jeu(di)|ven(dredi)|sam(edi)'),
  daySuffixes: ['er'],
  timeConnectors: ['à'],
  timeSeparators: ['h'],
};
