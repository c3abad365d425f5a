import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Finnish: `7. helmikuuta 2024` (partitive), `7.2.2024`, `7. helmik. 2024`,
 * `7. helmikuuta 2024 klo 15.04`.
 *
 * @example
 * parseDate('7. helmikuuta 2024', { locales: ['fi'] })?.iso; // '2024-02-07'
 */
export const fi: DateLocale = {
  code: 'fi',
  name: 'Finnish',
  months: spellings(
    'tammikuuta,tammik(uu),tammi|helmikuuta,helmik(uu),helmi|maaliskuuta,maalisk(uu),maalis|huhtikuuta,huhtik(uu),huhti|toukokuuta,toukok(uu),touko|kesäkuuta,kesäk(uu),kesä|heinäkuuta,heinäk(uu),heinä|elokuuta,elok(uu),elo|syyskuuta,syysk(uu),syys|lokakuuta,lokak(uu),loka|marraskuuta,marrask(uu),marras|joulukuuta,jouluk(uu),joulu',
  ),
  patterns: ['D [.] M Y', 'D . N . Y'],
  weekdays: spellings('sunnuntai,su|maanantai,ma|tiistai,ti|keskiviikko,ke|torstai,to|perjantai,pe|lauantai,la'),
  timeConnectors: ['klo', 'kello'],
  timeSeparators: ['.'],
};
