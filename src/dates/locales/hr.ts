import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Croatian: `7. veljače 2024.` (genitive), `7. velj 2024.`, `7. 2. 2024.`,
 * `srijeda, 7. veljače 2024.`, `7. veljače 2024. u 15:04`. After a month name the dot closing the
 * year belongs to the date (those names are Croatian only); after a numeric date it is left out, as
 * in German `7.2.2024.` ending a sentence. The day's dot is required, which keeps `listopada`
 * (October here, November in Polish `7 listopada 2024`) apart; `listopad`, `lis`, `srp` and `pro`,
 * Czech spellings of other (or the same) months, are left out.
 *
 * @example
 * parseDate('7. veljače 2024.', { locales: ['hr'] })?.iso; // '2024-02-07'
 */
export const hr: DateLocale = {
  code: 'hr',
  name: 'Croatian',
  months: spellings(
    'siječnja,sij(ečanj)|veljače,velj(ača)|ožujka,ožu(jak)|travnja,tra(vanj)|svibnja,svi(banj)|lipnja,lip(anj)|srpnja,srpanj|kolovoza,kol(ovoz)|rujna,ruj(an)|listopada|studenoga,studenog,stu(deni)|prosinca,prosinac',
  ),
  patterns: ['D . M Y [.]', 'D . N . Y'],
  weekdays: spellings('nedjelja,ned|ponedjeljak,pon|utorak,uto|srijeda,sri|četvrtak,čet|petak,pet|subota,sub'),
  timeConnectors: ['.', 'u'],
  timeSeparators: ['.'],
  timeSuffixes: ['h', 'sati'],
};
