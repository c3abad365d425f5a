import type { DateLocale } from '../types.js';

/**
 * Dutch: `7 februari 2024`, `7 feb. 2024`, `7 mrt. 2024`, `7 februari 2024 om 15:04`, `7-2-2024`.
 *
 * @example
 * parseDate('7 februari 2024', { locales: ['nl'] })?.iso; // '2024-02-07'
 */
export const nl: DateLocale = {
  code: 'nl',
  name: 'Dutch',
  months: [
    ['januari', 'jan.'],
    ['februari', 'feb.'],
    ['maart', 'mrt.', 'mar.'],
    ['april', 'apr.'],
    ['mei'],
    ['juni', 'jun.'],
    ['juli', 'jul.'],
    ['augustus', 'aug.'],
    ['september', 'sept.', 'sep.'],
    ['oktober', 'okt.'],
    ['november', 'nov.'],
    ['december', 'dec.'],
  ],
  patterns: ['D M Y', 'D - N - Y'],
  weekdays: [
    ['zondag', 'zo.'],
    ['maandag', 'ma.'],
    ['dinsdag', 'di.'],
    ['woensdag', 'wo.'],
    ['donderdag', 'do.'],
    ['vrijdag', 'vr.'],
    ['zaterdag', 'za.'],
  ],
  timeConnectors: ['om'],
};
