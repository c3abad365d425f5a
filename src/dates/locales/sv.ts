import { spellings } from '../spellings.js';
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
  months: spellings('jan(uari)|feb(ruari)|mar(s)|apr(il)|maj|jun(i)|jul(i)|aug(usti)|sept(ember),sep.|okt(ober)|nov(ember)|dec(ember)'),
  patterns: ['D M Y'],
  weekdays: spellings('sön(dag)|mån(dag)|tis(dag)|ons(dag)|tors(dag),tor.|fre(dag)|lör(dag)'),
  timeConnectors: ['kl.', 'klockan'],
  timeSeparators: ['.'],
};
