import { spellings } from '../spellings.js';
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
  months: spellings('jan(uar)|feb(ruar)|mar(ts)|apr(il)|maj|jun(i)|jul(i)|aug(ust)|sept(ember),sep.|okt(ober)|nov(ember)|dec(ember)'),
  patterns: ['D [.] M Y', 'D . N . Y'],
  weekdays: spellings('søn(dag)|man(dag)|tirs(dag),tir.|ons(dag)|tors(dag),tor.|fre(dag)|lør(dag)'),
  timeConnectors: ['kl.', 'klokken'],
  timeSeparators: ['.'],
};
