import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Filipino (Tagalog): `Pebrero 7, 2024`, `Peb 7, 2024`, Spanish-style spellings (`Febrero`,
 * `Hunyo`/`Junio`), `7 Pebrero 2024`, `Miyerkules, Pebrero 7, 2024`,
 * `Pebrero 7, 2024 nang 3:04 PM`.
 *
 * @example
 * parseDate('Pebrero 7, 2024', { locales: ['fil'] })?.iso; // '2024-02-07'
 */
export const fil: DateLocale = {
  code: 'fil',
  name: 'Filipino',
  months: spellings(
    'Ene(ro)|Pebrero,Febrero,Peb.|Mar(so)|Abr(il)|Mayo,May|Hunyo,Junio,Hun.|Hulyo,Julio,Hul.|Ago(sto)|Setyembre,Septiyembre,Set(iyembre)|Okt(ubre)|Nob(yembre)|Dis(yembre)',
  ),
  patterns: ['M D [,] Y', 'D M [,] Y'],
  weekdays: spellings('Lin(ggo)|Lun(es)|Mar(tes)|Miy(erkules)|Huw(ebes)|Biy(ernes)|Sab(ado)'),
  timeConnectors: ['nang', 'ng'],
  dayPeriods: { am: ['AM', 'a.m.'], pm: ['PM', 'p.m.'] },
};
