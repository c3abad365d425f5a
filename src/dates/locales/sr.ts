import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/** Latin and Cyrillic spellings, January first. */
const LATIN = [
  ['januar', 'jan'],
  ['februar', 'feb'],
  ['mart', 'mar'],
  ['april', 'apr'],
  ['maj'],
  ['jun', 'juni'],
  ['jul', 'juli'],
  ['avgust', 'avg'],
  ['septembar', 'sept', 'sep'],
  ['oktobar', 'okt'],
  ['novembar', 'nov'],
  ['decembar', 'dec'],
];
const CYRILLIC = [
  ['јануар', 'јан'],
  ['фебруар', 'феб'],
  ['март', 'мар'],
  ['април', 'апр'],
  ['мај'],
  ['јун', 'јуни'],
  ['јул', 'јули'],
  ['август', 'авг'],
  ['септембар', 'септ', 'сеп'],
  ['октобар', 'окт'],
  ['новембар', 'нов'],
  ['децембар', 'дец'],
];

/**
 * Serbian, Latin and Cyrillic: `7. februar 2024.` / `7. фебруар 2024.`, `7. feb 2024.`,
 * `7. 2. 2024.`, `7. фебруар 2024. године`, `среда, 7. фебруар 2024.`, `7. februar 2024. u 15:04`.
 * The dot closing the year is left out of the match (as sentence punctuation), because Latin
 * spellings are shared with German, Danish, Norwegian and Slovenian (`7. Feb. 2024.` ends a German
 * sentence); `godine`/`године` after it is part of the date.
 *
 * @example
 * parseDate('7. фебруар 2024.', { locales: ['sr'] })?.iso; // '2024-02-07'
 */
export const sr: DateLocale = {
  code: 'sr',
  name: 'Serbian',
  months: LATIN.map((latin, index) => [...latin, ...(CYRILLIC[index] ?? [])]),
  patterns: ['D . M Y', 'D . M Y . godine|године', 'D . N . Y'],
  weekdays: spellings(
    'nedelja,ned,недеља,нед|ponedeljak,pon,понедељак,пон|utorak,uto,уторак,уто|sreda,sre,среда,сре|četvrtak,čet,четвртак,чет|petak,pet,петак,пет|subota,sub,субота,суб',
  ),
  timeConnectors: ['.', 'u', 'у'],
  timeSeparators: ['.'],
  timeSuffixes: ['h', 'č', 'ч', 'časova', 'часова'],
};
