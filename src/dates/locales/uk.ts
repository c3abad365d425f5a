import { cldrLocale } from '../cldr-locale.js';

/**
 * Ukrainian: `7 лютого 2024 р.` (genitive), `7 лют. 2024 р.`, `07.02.2024`,
 * `7 лютого 2024 р. о 15:04`.
 *
 * @example
 * parseDate('7 лютого 2024 р.', { locales: ['uk'] })?.iso; // '2024-02-07'
 */
export const uk = cldrLocale({
  code: 'uk',
  cldr: 'LSGWw',
  patterns: ['D M Y [р.|року]', 'D . N . Y [р.]'],
  timeConnectors: ['о', 'об'],
});
