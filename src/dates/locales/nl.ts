import { spellings } from '../spellings.js';
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
  months: spellings(
    'jan(uari)|feb(ruari)|maart,mrt.,mar.|apr(il)|mei|jun(i)|jul(i)|aug(ustus)|sept(ember),sep.|okt(ober)|nov(ember)|dec(ember)',
  ),
  patterns: ['D M Y', 'D - N - Y'],
  weekdays: spellings('zo(ndag)|ma(andag)|di(nsdag)|wo(ensdag)|do(nderdag)|vr(ijdag)|za(terdag)'),
  timeConnectors: ['om'],
};
