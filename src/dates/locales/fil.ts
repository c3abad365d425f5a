import { cldrLocale } from '../cldr-locale.js';

/**
 * Filipino (Tagalog): `Pebrero 7, 2024`, `Peb 7, 2024`, Spanish-style spellings (`Febrero`,
 * `Hunyo`/`Junio`), `7 Pebrero 2024`, `Miyerkules, Pebrero 7, 2024`,
 * `Pebrero 7, 2024 nang 3:04 PM`.
 *
 * @example
 * parseDate('Pebrero 7, 2024', { locales: ['fil'] })?.iso; // '2024-02-07'
 */
export const fil = cldrLocale({
  code: 'fil',
  cldr: 'LSWwv',
  months: 'Ene.|Febrero,Peb.|Mar.|Abr.||Junio,Hun.|Julio,Hul.|Ago.|Septiyembre,Set(iyembre)|Okt.|Nob.|Dis.',
  patterns: ['M D [,] Y', 'D M [,] Y'],
  timeConnectors: ['nang', 'ng'],
  dayPeriods: { am: ['AM', 'a.m.'], pm: ['PM', 'p.m.'] },
});
