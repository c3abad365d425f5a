import { cldrLocale } from '../cldr-locale.js';

/**
 * Hungarian, year first: `2024. február 7.`, `2024. febr. 7.`, `2024. február 7. 15:04`. The
 * closing dot (an ordinal mark) belongs to the date. Numeric `2024. 02. 07.` is language-neutral.
 *
 * @example
 * parseDate('2024. február 7.', { locales: ['hu'] })?.iso; // '2024-02-07'
 */
export const hu = cldrLocale({
  code: 'hu',
  cldr: 'LS',
  months: '|feb.|már.||||||szep.|||',
  patterns: ['Y [.] M D [.]'],
});
