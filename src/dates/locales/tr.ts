import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Turkish: `7 Şubat 2024`, `7 Şub 2024`, `07.02.2024`, `7 Şubat 2024 saat 15:04`.
 *
 * @example
 * parseDate('7 Şubat 2024', { locales: ['tr'] })?.iso; // '2024-02-07'
 */
export const tr: DateLocale = {
  code: 'tr',
  name: 'Turkish',
  months: spellings(
    'Ocak,Oca|Şubat,Şub|Mart,Mar|Nisan,Nis|Mayıs,May|Haziran,Haz|Temmuz,Tem|Ağustos,Ağu|Eylül,Eyl|Ekim,Eki|Kasım,Kas|Aralık,Ara',
  ),
  patterns: ['D M Y', 'D . N . Y'],
  weekdays: spellings('Pazar|Pazartesi|Salı|Çarşamba|Perşembe|Cuma|Cumartesi'),
  timeConnectors: ['saat'],
};
