import type { DateLocale } from '../types.js';

/**
 * Romanian: `7 februarie 2024`, `7 feb. 2024`, `07.02.2024`, `7 februarie 2024 la 15:04`.
 *
 * @example
 * parseDate('7 februarie 2024', { locales: ['ro'] })?.iso; // '2024-02-07'
 */
export const ro: DateLocale = {
  code: 'ro',
  name: 'Romanian',
  months: [
    ['ianuarie', 'ian.'],
    ['februarie', 'feb.', 'febr.'],
    ['martie', 'mar.'],
    ['aprilie', 'apr.'],
    ['mai'],
    ['iunie', 'iun.'],
    ['iulie', 'iul.'],
    ['august', 'aug.'],
    ['septembrie', 'sept.', 'sep.'],
    ['octombrie', 'oct.'],
    ['noiembrie', 'nov.', 'noi.'],
    ['decembrie', 'dec.'],
  ],
  patterns: ['D M Y', 'D . N . Y'],
  weekdays: [['duminică'], ['luni'], ['marți', 'marţi'], ['miercuri'], ['joi'], ['vineri'], ['sâmbătă']],
  timeConnectors: ['la', 'ora', 'la ora'],
};
