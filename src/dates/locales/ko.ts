import { cldrLocale } from '../cldr-locale.js';

/**
 * Korean: `2024년 2월 7일`, `2024년 2월 7일 오후 3:04`. Numeric `2024. 2. 7.` is
 * language-neutral.
 *
 * @example
 * parseDate('2024년 2월 7일 오후 3:04', { locales: ['ko'] })?.iso; // '2024-02-07T15:04'
 */
export const ko = cldrLocale({
  code: 'ko',
  cldr: 'L',
  patterns: ['Y 년 M D 일'],
  dayPeriods: { am: ['오전'], pm: ['오후'] },
});
