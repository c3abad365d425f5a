import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Catalan: `7 de febrer de 2024`, `7 d’abril de 2024` (or `d'abril`), `10 de novembre de 2021`,
 * `7 de febr. 2024`, `7 de febrer de 2024 a les 15:04`, `7/2/2024` (day first).
 *
 * @example
 * parseDate('7 d’abril de 2024', { locales: ['ca'] })?.iso; // '2024-04-07'
 */
export const ca: DateLocale = {
  code: 'ca',
  name: 'Catalan',
  months: spellings('gen(er)|febr(er),feb.|mar(ç)|abr(il)|maig|juny|jul(iol)|ag(ost)|set(embre)|oct(ubre)|nov(embre)|des(embre)'),
  patterns: ["D [de|d'] M [de] Y", 'D / N / Y'],
  weekdays: spellings('diumenge,dg.|dilluns,dl.|dimarts,dt.|dimecres,dc.|dijous,dj.|divendres,dv.|dissabte,ds.'),
  timeConnectors: ['a les', 'a la'],
};
