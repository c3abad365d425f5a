import type { DateLocale } from '../types.js';

/**
 * Swedish: `7 februari 2024`, `7 feb. 2024`, `7 februari 2024 kl. 15.04`.
 *
 * @example
 * parseDate('7 februari 2024 kl. 15.04', { locales: ['sv'] })?.iso; // '2024-02-07T15:04'
 */
export const sv: DateLocale = {
  code: 'sv',
  name: 'Swedish',
  months: [
    ['januari', 'jan.'],
    ['februari', 'feb.'],
    ['mars', 'mar.'],
    ['april', 'apr.'],
    ['maj'],
    ['juni', 'jun.'],
    ['juli', 'jul.'],
    ['augusti', 'aug.'],
    ['september', 'sept.', 'sep.'],
    ['oktober', 'okt.'],
    ['november', 'nov.'],
    ['december', 'dec.'],
  ],
  patterns: ['D M Y'],
  weekdays: [
    ['söndag', 'sön.'],
    ['måndag', 'mån.'],
    ['tisdag', 'tis.'],
    ['onsdag', 'ons.'],
    ['torsdag', 'tors.', 'tor.'],
    ['fredag', 'fre.'],
    ['lördag', 'lör.'],
  ],
  timeConnectors: ['kl.', 'klockan'],
  timeSeparators: ['.'],
};
