import { cldrLocale } from '../cldr-locale.js';

/**
 * Swedish: `7 februari 2024`, `7 feb. 2024`, `7 februari 2024 kl. 15.04`.
 *
 * @example
 * parseDate('7 februari 2024 kl. 15.04', { locales: ['sv'] })?.iso; // '2024-02-07T15:04'
 */
export const sv = cldrLocale({
  code: 'sv',
  cldr: 'LSWwv',
  months: '||mar.|||jun.|jul.||sept.|||',
  patterns: ['D M Y'],
  weekdays: '||||tor.||',
  timeConnectors: ['kl.', 'klockan'],
  timeSeparators: ['.'],
});
