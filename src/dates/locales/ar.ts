import { cldrLocale } from '../cldr-locale.js';

/**
 * Arabic: `7 فبراير 2024`, `٧ فبراير ٢٠٢٤` (Arabic-Indic digits), Levant `7 شباط 2024`,
 * combined `7 شباط/فبراير 2024`, Maghreb `7 فيفري 2024`, `7 فبراير 2024 الساعة 3:04 م`.
 *
 * @example
 * parseDate('٧ فبراير ٢٠٢٤', { locales: ['ar'] })?.iso; // '2024-02-07'
 */
export const ar = cldrLocale({
  code: 'ar',
  cldr: 'LW ar-SY/L ar-DZ/L ar-MA/L',
  joinedMonths: 'ar-SY ar',
  months: '|||||يونيه|يوليه|||||',
  patterns: ['D M [،|,] Y [م]', 'D / N / Y'],
  timeConnectors: ['الساعة', 'في'],
  dayPeriods: { am: ['ص', 'صباحا', 'صباحًا'], pm: ['م', 'مساء', 'مساءً'] },
});
