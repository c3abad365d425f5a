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
  months: [
    ['tammikuuta', 'tammikuu', 'tammik.', 'tammi'],
    ['helmikuuta', 'helmikuu', 'helmik.', 'helmi'],
    ['maaliskuuta', 'maaliskuu', 'maalisk.', 'maalis'],
    ['huhtikuuta', 'huhtikuu', 'huhtik.', 'huhti'],
    ['toukokuuta', 'toukokuu', 'toukok.', 'touko'],
    ['kesäkuuta', 'kesäkuu', 'kesäk.', 'kesä'],
    ['heinäkuuta', 'heinäkuu', 'heinäk.', 'heinä'],
    ['elokuuta', 'elokuu', 'elok.', 'elo'],
    ['syyskuuta', 'syyskuu', 'syysk.', 'syys'],
    ['lokakuuta', 'lokakuu', 'lokak.', 'loka'],
    ['marraskuuta', 'marraskuu', 'marrask.', 'marras'],
    ['joulukuuta', 'joulukuu', 'jouluk.', 'joulu'],
  ],
  patterns: ['D [.] M Y', 'D . N . Y'],
  weekdays: [
    ['sunnuntai', 'su'],
    ['maanantai', 'ma'],
    ['tiistai', 'ti'],
    ['keskiviikko', 'ke'],
    ['torstai', 'to'],
    ['perjantai', 'pe'],
    ['lauantai', 'la'],
  ],
  timeConnectors: ['klo', 'kello'],
  timeSeparators: ['.'],
};
