import { cldrLocale } from '../cldr-locale.js';

/**
 * Dutch: `7 februari 2024`, `7 feb. 2024`, `7 mrt. 2024`, `7 februari 2024 om 15:04`, `7-2-2024`.
 *
 * @example
 * parseDate('7 februari 2024', { locales: ['nl'] })?.iso; // '2024-02-07'
 */
export const nl = cldrLocale({
  code: 'nl',
  cldr: 'LSsWwv',
  months: '||mar.||||||sept.|||',
  patterns: ['D M Y', 'D - N - Y'],
  timeConnectors: ['om'],
});
