import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Hungarian, year first: `2024. február 7.`, `2024. febr. 7.`, `2024. február 7. 15:04`. The
 * closing dot (an ordinal mark) belongs to the date. Numeric `2024. 02. 07.` is language-neutral.
 *
 * @example
 * parseDate('2024. február 7.', { locales: ['hu'] })?.iso; // '2024-02-07'
 */
export const hu: DateLocale = {
  code: 'hu',
  name: 'Hungarian',
  months: spellings(
    'jan(uár)|febr(uár),feb.|márc(ius),már.|ápr(ilis)|máj(us)|jún(ius)|júl(ius)|aug(usztus)|szept(ember),szep.|okt(óber)|nov(ember)|dec(ember)',
  ),
  patterns: ['Y [.] M D [.]'],
};
