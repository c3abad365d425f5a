import { spellings } from '../spellings.js';
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
  months: spellings('jan(uar)|feb(ruar)|mar(s)|apr(il)|mai|jun(i)|jul(i)|aug(ust)|sept(ember),sep.|okt(ober)|nov(ember)|des(ember)'),
  patterns: ['D [.] M Y', 'D . N . Y'],
  weekdays: spellings('søn(dag)|man(dag)|tir(sdag)|ons(dag)|tor(sdag)|fre(dag)|lør(dag)'),
  timeConnectors: ['kl.', 'klokken'],
  timeSeparators: ['.'],
};
