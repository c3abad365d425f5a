import { cldrLocale } from '../cldr-locale.js';

/**
 * Turkish: `7 Şubat 2024`, `7 Şub 2024`, `07.02.2024`, `7 Şubat 2024 saat 15:04`.
 *
 * @example
 * parseDate('7 Şubat 2024', { locales: ['tr'] })?.iso; // '2024-02-07'
 */
export const tr = cldrLocale({
  code: 'tr',
  cldr: 'LSW',
  patterns: ['D M Y', 'D . N . Y'],
  timeConnectors: ['saat'],
});
