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
  cldr: 'sl/LSWw',
  months: 'januarja|februarja|marca|aprila|maja|junija|julija|avgusta|sept(embra)|oktobra|novembra|decembra',
  patterns: ['D . M Y', 'D . N . Y'],
  weekdays: '',
  timeConnectors: ['ob'],
  timeSeparators: ['.'],
});
