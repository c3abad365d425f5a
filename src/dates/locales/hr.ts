import { cldrLocale } from '../cldr-locale.js';

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
export const hr = cldrLocale({
  code: 'hr',
  cldr: 'GWw',
  months: 'sij(ečanj)|velj(ača)|ožu(jak)|tra(vanj)|svi(banj)|lip(anj)|srpanj|kol(ovoz)|ruj(an)||stu(denog),studeni|prosinac',
  patterns: ['D . M Y [.]', 'D . N . Y'],
  timeConnectors: ['.', 'u'],
  timeSeparators: ['.'],
  timeSuffixes: ['h', 'sati'],
});
