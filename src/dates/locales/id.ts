import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Indonesian: `7 Februari 2024`, `7 Feb 2024`, `7/2/2024` (day first),
 * `7 Februari 2024 pukul 15.04`.
 *
 * @example
 * parseDate('7 Februari 2024', { locales: ['id'] })?.iso; // '2024-02-07'
 */
export const id: DateLocale = {
  code: 'id',
  name: 'Indonesian',
  months: spellings(
    'Januari,Jan|Februari,Feb,Pebruari|Maret,Mar|April,Apr|Mei|Juni,Jun|Juli,Jul|Agustus,Agu,Agt,Ags|September,Sept,Sep|Oktober,Okt|November,Nov,Nop|Desember,Des',
  ),
  patterns: ['D M Y', 'D / N / Y'],
  weekdays: spellings("Minggu|Senin|Selasa|Rabu|Kamis|Jumat,Jum'at|Sabtu"),
  timeConnectors: ['pukul', 'pkl.', 'jam'],
  timeSeparators: ['.'],
};
