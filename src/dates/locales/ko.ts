import type { DateLocale } from '../types.js';

/**
 * Korean: `2024년 2월 7일`, `2024년 2월 7일 오후 3:04`. Numeric `2024. 2. 7.` is
 * language-neutral.
 *
 * @example
 * parseDate('2024년 2월 7일 오후 3:04', { locales: ['ko'] })?.iso; // '2024-02-07T15:04'
 */
export const ko: DateLocale = {
  code: 'ko',
  name: 'Korean',
  months: Array.from({ length: 12 }, (_, index) => {
    const number = index + 1;
    return [`${number}월`, `${String(number).padStart(2, '0')}월`];
  }),
  patterns: ['Y 년 M D 일'],
  dayPeriods: { am: ['오전'], pm: ['오후'] },
};
