import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Spanish: `20 de marzo de 2022`, `7 feb. 2024`, `7 de febrero del 2024`,
 * `martes, 3 de marzo de 2020`, `3:04 p. m. · 7 feb. 2024`, `7/2/2024` (day first).
 *
 * @example
 * parseDate('20 de marzo de 2022', { locales: ['es'] })?.iso; // '2022-03-20'
 */
export const es: DateLocale = {
  code: 'es',
  name: 'Spanish',
  months: spellings(
    'ene(ro)|feb(rero)|mar(zo)|abr(il)|may(o)|jun(io)|jul(io)|ago(sto)|septiembre,setiembre,sept.,sep.,set.|oct(ubre)|nov(iembre)|dic(iembre)',
  ),
  patterns: ['D [de] M [de|del] Y', 'D / N / Y'],
  weekdays: spellings('dom(ingo)|lun(es)|mar(tes)|mié(rcoles)|jue(ves)|vie(rnes)|sáb(ado)'),
  daySuffixes: ['º'],
  timeConnectors: ['a las', 'a la'],
  dayPeriods: { am: ['a. m.', 'a.m.', 'AM'], pm: ['p. m.', 'p.m.', 'PM'] },
};
