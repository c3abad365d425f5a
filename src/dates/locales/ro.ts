import { cldrLocale } from '../cldr-locale.js';

/**
 * Romanian: `7 februarie 2024`, `7 feb. 2024`, `07.02.2024`, `7 februarie 2024 la 15:04`.
 *
 * @example
 * parseDate('7 februarie 2024', { locales: ['ro'] })?.iso; // '2024-02-07'
 */
export const ro = cldrLocale({
  code: 'ro',
  cldr: 'LSW',
  months: '|febr.|||||||sep.||noi.|',
  patterns: ['D M Y', 'D . N . Y'],
  timeConnectors: ['la', 'ora', 'la ora'],
});
