import { cldrLocale } from '../cldr-locale.js';

/**
 * Danish: `7. februar 2024`, `7. feb. 2024`, `7.2.2024`, `7. februar 2024 kl. 15.04`.
 *
 * @example
 * parseDate('7. februar 2024', { locales: ['da'] })?.iso; // '2024-02-07'
 */
export const da = cldrLocale({
  code: 'da',
  cldr: 'LSWw',
  months: '||||||||sept.|||',
  patterns: ['D [.] M Y', 'D . N . Y'],
  weekdays: '||tir.||tor.||',
  timeConnectors: ['kl.', 'klokken'],
  timeSeparators: ['.'],
});
