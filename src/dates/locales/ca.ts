import { cldrLocale } from '../cldr-locale.js';

/**
 * Catalan: `7 de febrer de 2024`, `7 d’abril de 2024` (or `d'abril`), `10 de novembre de 2021`,
 * `7 de febr. 2024`, `7 de febrer de 2024 a les 15:04`, `7/2/2024` (day first).
 *
 * @example
 * parseDate('7 d’abril de 2024', { locales: ['ca'] })?.iso; // '2024-04-07'
 */
export const ca = cldrLocale({
  code: 'ca',
  cldr: 'LSWw',
  months: '|feb.|mar.|||||||||',
  patterns: ["D [de|d'] M [de] Y", 'D / N / Y'],
  timeConnectors: ['a les', 'a la'],
});
