import { cldrLocale } from '../cldr-locale.js';

/**
 * Polish: `7 lutego 2024` (genitive), `7 lut 2024`, `7 lutego 2024 r.`, `7.02.2024`,
 * `7 lutego 2024 o 15:04`.
 *
 * @example
 * parseDate('7 lutego 2024 r.', { locales: ['pl'] })?.iso; // '2024-02-07'
 */
export const pl = cldrLocale({
  code: 'pl',
  cldr: 'LSGsWw',
  patterns: ['D M Y [r.|roku]', 'D . N . Y [r.]'],
  weekdays: 'nie.||||||',
  timeConnectors: ['o', 'godz.', 'o godz.'],
});
