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
  months: [
    ['enero', 'ene.'],
    ['febrero', 'feb.'],
    ['marzo', 'mar.'],
    ['abril', 'abr.'],
    ['mayo', 'may.'],
    ['junio', 'jun.'],
    ['julio', 'jul.'],
    ['agosto', 'ago.'],
    ['septiembre', 'setiembre', 'sept.', 'sep.', 'set.'],
    ['octubre', 'oct.'],
    ['noviembre', 'nov.'],
    ['diciembre', 'dic.'],
  ],
  patterns: ['D [de] M [de|del] Y', 'D / N / Y'],
  weekdays: [
    ['domingo', 'dom.'],
    ['lunes', 'lun.'],
    ['martes', 'mar.'],
    ['miércoles', 'mié.'],
    ['jueves', 'jue.'],
    ['viernes', 'vie.'],
    ['sábado', 'sáb.'],
  ],
  daySuffixes: ['º'],
  timeConnectors: ['a las', 'a la'],
  dayPeriods: { am: ['a. m.', 'a.m.', 'AM'], pm: ['p. m.', 'p.m.', 'PM'] },
};
