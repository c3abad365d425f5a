import { cldrLocale } from '../cldr-locale.js';

/**
 * Norwegian bokmål (also asked for as `no` or `nn`): `7. februar 2024`, `7. feb. 2024`,
 * `7.2.2024`, `7. februar 2024 kl. 15:04`.
 *
 * @example
 * parseDate('7. februar 2024', { locales: ['nb'] })?.iso; // '2024-02-07'
 */
export const nb = cldrLocale({
  code: 'nb',
  cldr: 'LSHsWw',
  months: '||||||||sept.|||',
  patterns: ['D [.] M Y', 'D . N . Y'],
  timeConnectors: ['kl.', 'klokken'],
  timeSeparators: ['.'],
});
