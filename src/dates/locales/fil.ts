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
  months: [
    ['Enero', 'Ene.'],
    ['Pebrero', 'Febrero', 'Peb.'],
    ['Marso', 'Mar.'],
    ['Abril', 'Abr.'],
    ['Mayo', 'May'],
    ['Hunyo', 'Junio', 'Hun.'],
    ['Hulyo', 'Julio', 'Hul.'],
    ['Agosto', 'Ago.'],
    ['Setyembre', 'Septiyembre', 'Setiyembre', 'Set.'],
    ['Oktubre', 'Okt.'],
    ['Nobyembre', 'Nob.'],
    ['Disyembre', 'Dis.'],
  ],
  patterns: ['M D [,] Y', 'D M [,] Y'],
  weekdays: [
    ['Linggo', 'Lin.'],
    ['Lunes', 'Lun.'],
    ['Martes', 'Mar.'],
    ['Miyerkules', 'Miy.'],
    ['Huwebes', 'Huw.'],
    ['Biyernes', 'Biy.'],
    ['Sabado', 'Sab.'],
  ],
  timeConnectors: ['nang', 'ng'],
  dayPeriods: { am: ['AM', 'a.m.'], pm: ['PM', 'p.m.'] },
};
