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
  months: [
    ['janvier', 'janv.'],
    ['février', 'févr.', 'fév.'],
    ['mars'],
    ['avril', 'avr.'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil.'],
    ['août'],
    ['septembre', 'sept.'],
    ['octobre', 'oct.'],
    ['novembre', 'nov.'],
    ['décembre', 'déc.'],
  ],
  patterns: ['D M Y', 'D / N / Y'],
  weekdays: [
    ['dimanche', 'dim.'],
    ['lundi', 'lun.'],
    ['mardi', 'mar.'],
    ['mercredi', 'mer.'],
    ['jeudi', 'jeu.'],
    ['vendredi', 'ven.'],
    ['samedi', 'sam.'],
  ],
  daySuffixes: ['er'],
  timeConnectors: ['à'],
  timeSeparators: ['h'],
};
