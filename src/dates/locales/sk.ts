import { cldrLocale } from '../cldr-locale.js';

/**
 * Slovak: `7. februára 2024` (genitive), `7. feb. 2024`, `7. 2. 2024`, `streda 7. februára 2024`,
 * `7. februára 2024 o 15:04`. The weekday abbreviations `st` and `št` fold alike and are left out.
 *
 * @example
 * parseDate('7. februára 2024', { locales: ['sk'] })?.iso; // '2024-02-07'
 */
export const sk = cldrLocale({
  code: 'sk',
  cldr: 'LSGsW',
  months: '||||||||sept.|||',
  patterns: ['D . M Y', 'D . N . Y'],
  weekdays: 'ne|po|ut|||pi|so',
  timeConnectors: ['o'],
});
