import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Slovenian: `7. februar 2024`, `7. februarja 2024` (genitive, common in the press),
 * `7. feb. 2024`, `7. 2. 2024`, `sreda, 7. februar 2024`, `7. februar 2024 ob 15:04`.
 *
 * @example
 * parseDate('7. februar 2024', { locales: ['sl'] })?.iso; // '2024-02-07'
 */
export const sl: DateLocale = {
  code: 'sl',
  name: 'Slovenian',
  months: spellings(
    'januar,jan(uarja)|februar,feb(ruarja)|marec,mar(ca)|april,apr(ila)|maj,maja|junij,jun(ija)|julij,jul(ija)|avgust,avg(usta)|september,sept(embra),sep.|oktober,okt(obra)|november,nov(embra)|december,dec(embra)',
  ),
  patterns: ['D . M Y', 'D . N . Y'],
  weekdays: spellings('ned(elja)|pon(edeljek)|tor(ek)|sre(da)|čet(rtek)|pet(ek)|sob(ota)'),
  timeConnectors: ['ob'],
  timeSeparators: ['.'],
};
