import { cldrLocale } from '../cldr-locale.js';

/**
 * Slovenian: `7. februar 2024`, `7. februarja 2024` (genitive, common in the press),
 * `7. feb. 2024`, `7. 2. 2024`, `sreda, 7. februar 2024`, `7. februar 2024 ob 15:04`.
 *
 * @example
 * parseDate('7. februar 2024', { locales: ['sl'] })?.iso; // '2024-02-07'
 */
export const sl = cldrLocale({
  code: 'sl',
  cldr: 'LSWw',
  months: '||||||||sept.|||',
  // `7. februarja 2024`: the genitive of a full name, where -ec and -er lose their e (marec:
  // marca) and -ar takes a j (januar: januarja).
  monthForms: (spelling) => (spelling.endsWith('.') ? [] : [`${spelling.replace(/e([cr])$/, '$1').replace(/ar$/, 'arj')}a`]),
  patterns: ['D . M Y', 'D . N . Y'],
  timeConnectors: ['ob'],
  timeSeparators: ['.'],
});
