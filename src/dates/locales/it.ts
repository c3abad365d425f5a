import { spellings } from '../spellings.js';
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
  months: spellings(
    'gen(naio)|feb(braio)|mar(zo)|apr(ile)|mag(gio)|giu(gno)|lug(lio)|ago(sto)|set(tembre)|ott(obre)|nov(embre)|dic(embre)',
  ),
  patterns: ['D M Y', 'D / N / Y'],
  weekdays: spellings('dom(enica)|lun(edì)|mar(tedì)|mer(coledì)|gio(vedì)|ven(erdì)|sab(ato)'),
  daySuffixes: ['º'],
  timeConnectors: ['alle', "all'", 'alle ore', 'ore'],
};
