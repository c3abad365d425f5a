import { cldrLocale } from '../cldr-locale.js';

/**
 * Hindi: `7 फ़रवरी 2024` (with or without the nukta: `फरवरी`), `7 फ़र॰ 2024` (abbreviation sign
 * `॰` or a dot), `सितंबर`/`सितम्बर`, Devanagari digits `७ फ़रवरी २०२४`,
 * `7 फ़रवरी 2024 को 3:04 pm बजे`.
 *
 * @example
 * parseDate('7 फ़रवरी 2024', { locales: ['hi'] })?.iso; // '2024-02-07'
 */
export const hi = cldrLocale({
  code: 'hi',
  cldr: 'LSWw',
  months: '|||अप्रेल|||||सितम्बर|अक्तूबर|नवम्बर|दिसम्बर',
  patterns: ['D M [,] Y'],
  weekdays: '||||बृहस्पतिवार||',
  timeConnectors: ['को'],
  dayPeriods: { am: ['am', 'a.m.', 'पूर्वाह्न'], pm: ['pm', 'p.m.', 'अपराह्न'] },
  timeSuffixes: ['बजे'],
});
