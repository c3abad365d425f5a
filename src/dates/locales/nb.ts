import type { DateLocale } from '../types.js';

/**
 * Norwegian bokmål (also asked for as `no` or `nn`): `7. februar 2024`, `7. feb. 2024`,
 * `7.2.2024`, `7. februar 2024 kl. 15:04`.
 *
 * @example
 * parseDate('7. februar 2024', { locales: ['nb'] })?.iso; // '2024-02-07'
 */
export const nb: DateLocale = {
  code: 'nb',
  name: 'Norwegian Bokmål',
  months: [
    ['januar', 'jan.'],
    ['februar', 'feb.'],
    ['mars', 'mar.'],
    ['april', 'apr.'],
    ['mai'],
    ['juni', 'jun.'],
    ['juli', 'jul.'],
    ['august', 'aug.'],
    ['september', 'sept.', 'sep.'],
    ['oktober', 'okt.'],
    ['november', 'nov.'],
    ['desember', 'des.'],
  ],
  patterns: ['D [.] M Y', 'D . N . Y'],
  weekdays: [
    ['søndag', 'søn.'],
    ['mandag', 'man.'],
    ['tirsdag', 'tir.'],
    ['onsdag', 'ons.'],
    ['torsdag', 'tor.'],
    ['fredag', 'fre.'],
    ['lørdag', 'lør.'],
  ],
  timeConnectors: ['kl.', 'klokken'],
  timeSeparators: ['.'],
};
