import { cldrLocale } from '../cldr-locale.js';

/**
 * French: `7 février 2024`, `1er mars 2024`, `7 févr. 2024`, `lundi 18 janvier 2021`,
 * `7 février 2024 à 15 h 04`, `7/2/2024` (day first).
 *
 * @example
 * parseDate('1er mars 2024', { locales: ['fr'] })?.iso; // '2024-03-01'
 */
export const fr = cldrLocale({
  code: 'fr',
  cldr: 'LSWw',
  months: '|fév.||||||||||',
  patterns: ['D M Y', 'D / N / Y'],
  daySuffixes: ['er'],
  timeConnectors: ['à'],
  timeSeparators: ['h'],
});
