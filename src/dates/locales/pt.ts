import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Portuguese: `29 de outubro de 2017`, `7 de fev. de 2024`, `10 de março de 2020`,
 * `7 de fevereiro de 2024 às 15:04`, `7/2/2024` (day first).
 *
 * @example
 * parseDate('7 de fev. de 2024', { locales: ['pt'] })?.iso; // '2024-02-07'
 */
export const pt: DateLocale = {
  code: 'pt',
  name: 'Portuguese',
  months: spellings('jan(eiro)|fev(ereiro)|mar(ço)|abr(il)|mai(o)|jun(ho)|jul(ho)|ago(sto)|set(embro)|out(ubro)|nov(embro)|dez(embro)'),
  patterns: ['D [de] M [de] Y', 'D / N / Y'],
  weekdays: spellings(
    'dom(ingo)|segunda-feira,seg(unda)|terça-feira,ter(ça)|quarta-feira,qua(rta)|quinta-feira,qui(nta)|sexta-feira,sex(ta)|sáb(ado)',
  ),
  daySuffixes: ['º'],
  timeConnectors: ['às'],
};
