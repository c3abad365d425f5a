import type { DateLocale } from '../types.js';

/**
 * Italian: `7 febbraio 2024`, `7 feb 2024`, `1º marzo 2024`, `7 febbraio 2024 alle 15:04`,
 * `7/2/2024` (day first).
 *
 * @example
 * parseDate('7 febbraio 2024', { locales: ['it'] })?.iso; // '2024-02-07'
 */
export const it: DateLocale = {
  code: 'it',
  name: 'Italian',
  months: [
    ['gennaio', 'gen.'],
    ['febbraio', 'feb.'],
    ['marzo', 'mar.'],
    ['aprile', 'apr.'],
    ['maggio', 'mag.'],
    ['giugno', 'giu.'],
    ['luglio', 'lug.'],
    ['agosto', 'ago.'],
    ['settembre', 'set.'],
    ['ottobre', 'ott.'],
    ['novembre', 'nov.'],
    ['dicembre', 'dic.'],
  ],
  patterns: ['D M Y', 'D / N / Y'],
  weekdays: [
    ['domenica', 'dom.'],
    ['lunedì', 'lun.'],
    ['martedì', 'mar.'],
    ['mercoledì', 'mer.'],
    ['giovedì', 'gio.'],
    ['venerdì', 'ven.'],
    ['sabato', 'sab.'],
  ],
  daySuffixes: ['º'],
  timeConnectors: ['alle', "all'", 'alle ore', 'ore'],
};
