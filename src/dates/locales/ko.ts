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
  name: 'Korean',
  cldr: 'ko/L',
  months: '01월|02월|03월|04월|05월|06월|07월|08월|09월|||',
  patterns: ['Y 년 M D 일'],
  dayPeriods: { am: ['오전'], pm: ['오후'] },
});
