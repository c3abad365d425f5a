import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Polish: `7 lutego 2024` (genitive), `7 lut 2024`, `7 lutego 2024 r.`, `7.02.2024`,
 * `7 lutego 2024 o 15:04`.
 *
 * @example
 * parseDate('7 lutego 2024 r.', { locales: ['pl'] })?.iso; // '2024-02-07'
 */
export const pl: DateLocale = {
  code: 'pl',
  name: 'Polish',
  months: spellings(
    'stycznia,sty(czeń)|lutego,lut(y)|marca,mar(zec)|kwietnia,kwi(ecień)|maja,maj|czerwca,cze(rwiec)|lipca,lip(iec)|sierpnia,sie(rpień)|września,wrz(esień)|października,paź(dziernik)|listopada,lis(topad)|grudnia,gru(dzień)',
  ),
  patterns: ['D M Y [r.|roku]', 'D . N . Y [r.]'],
  weekdays: spellings('niedz(iela),nie.|pon(iedziałek)|wt(orek)|śr(oda)|czw(artek)|piątek,pt.|sob(ota)'),
  timeConnectors: ['o', 'godz.', 'o godz.'],
};
