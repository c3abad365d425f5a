import { cldrLocale } from '../cldr-locale.js';

/**
 * Hebrew: `7 בפברואר 2024` (with the prefix ב), `7 פברואר 2024`, `7 בפבר׳ 2024` (geresh or
 * apostrophe), `7.2.2024`, `7 בפברואר 2024 בשעה 15:04`.
 *
 * @example
 * parseDate('7 בפברואר 2024', { locales: ['he'] })?.iso; // '2024-02-07'
 */
export const he = cldrLocale({
  code: 'he',
  cldr: 'LS',
  // `7 בפברואר 2024`: "in" is glued to the month name.
  monthForms: (spelling) => [`ב${spelling}`],
  months: '||מרס|||||||||',
  patterns: ['D M Y', 'D . N . Y'],
  timeConnectors: ['בשעה'],
});
