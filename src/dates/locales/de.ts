import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * German: `7. Februar 2024`, `7. Feb. 2024`, `14. März 2018`, `7.2.2024`,
 * `Mittwoch, 7. Februar 2024 um 15:04 Uhr`; Austrian `Jänner`.
 *
 * @example
 * parseDate('7. Februar 2024 um 15:04', { locales: ['de'] })?.iso; // '2024-02-07T15:04'
 */
export const de: DateLocale = {
  code: 'de',
  name: 'German',
  months: spellings(
    'Jan(uar),Jän(ner)|Feb(ruar),Febr.,Feber|Mär(z),Mrz.,Maerz|Apr(il)|Mai|Jun(i)|Jul(i)|Aug(ust)|Sept(ember),Sep.|Okt(ober)|Nov(ember)|Dez(ember)',
  ),
  patterns: ['D [.] M Y', 'D . N . Y'],
  weekdays: spellings('So(nntag)|Mo(ntag)|Di(enstag)|Mi(ttwoch)|Do(nnerstag)|Fr(eitag)|Samstag,Sonnabend,Sa.'),
  timeConnectors: ['um'],
  timeSuffixes: ['Uhr'],
};
