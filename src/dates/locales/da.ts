import type { DateLocale } from '../types.js';

/**
 * Danish: `7. februar 2024`, `7. feb. 2024`, `7.2.2024`, `7. februar 2024 kl. 15.04`.
 *
 * @example
 * parseDate('7. februar 2024', { locales: ['da'] })?.iso; // '2024-02-07'
 */
export const da: DateLocale = {
  code: 'da',
  name: 'Danish',
  months: [
    ['januar', 'jan.'],
    ['februar', 'feb.'],
    ['marts', 'mar.'],
    ['april', 'apr.'],
    ['maj'],
    ['juni', 'jun.'],
    ['juli', 'jul.'],
    ['august', 'aug.'],
    ['september', 'sept.', 'sep.'],
    ['oktober', 'okt.'],
    ['november', 'nov.'],
    ['december', 'dec.'],
  ],
  patterns: ['D [.] M Y', 'D . N . Y'],
  weekdays: [
    ['søndag', 'søn.'],
    ['mandag', 'man.'],
    ['tirsdag', 'tirs.', 'tir.'],
    ['onsdag', 'ons.'],
    ['torsdag', 'tors.', 'tor.'],
    ['fredag', 'fre.'],
    ['lørdag', 'lør.'],
  ],
  timeConnectors: ['kl.', 'klokken'],
  timeSeparators: ['.'],
};
