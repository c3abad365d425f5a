import { cldrLocale } from '../cldr-locale.js';

/**
 * Czech: `7. února 2024` (genitive), `7. 2. 2024`, `7. února 2024 v 15:04`.
 *
 * @example
 * parseDate('7. února 2024', { locales: ['cs'] })?.iso; // '2024-02-07'
 */
export const cs = cldrLocale({
  code: 'cs',
  cldr: 'LSGsWw',
  patterns: ['D [.] M Y', 'D . N . Y'],
  timeConnectors: ['v', 've'],
});
