import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/** Month words in `tháng Hai` style, January first. */
const WORDS = [
  ['Một', 'Giêng'],
  ['Hai'],
  ['Ba'],
  ['Tư', 'Bốn'],
  ['Năm'],
  ['Sáu'],
  ['Bảy'],
  ['Tám'],
  ['Chín'],
  ['Mười'],
  ['Mười Một'],
  ['Mười Hai', 'Chạp'],
];

/**
 * Vietnamese, where the month is `tháng` and its number: `7 tháng 2, 2024`, `7 thg 2, 2024`,
 * `ngày 7 tháng 2 năm 2024`, `07/02/2024` (day first), `Thứ Tư, 7 tháng 2, 2024`,
 * `15:04 7 thg 2, 2024`, `3:04 CH · 7 thg 2, 2024`, `7 tháng 2, 2024 lúc 15:04`.
 *
 * @example
 * parseDate('7 thg 2, 2024', { locales: ['vi'] })?.iso; // '2024-02-07'
 */
export const vi: DateLocale = {
  code: 'vi',
  name: 'Vietnamese',
  months: WORDS.map((words, index) => {
    const number = String(index + 1);
    const numbers = index < 9 ? [number, `0${number}`] : [number];
    return [...numbers.flatMap((n) => [`tháng ${n}`, `thg ${n}`]), ...words.map((word) => `tháng ${word}`)];
  }),
  patterns: ['D M [,|năm] Y', 'ngày D M [,|năm] Y', 'D / N / Y'],
  weekdays: spellings('Chủ Nhật,CN|Thứ Hai,Thứ 2,T2|Thứ Ba,Thứ 3,T3|Thứ Tư,Thứ 4,T4|Thứ Năm,Thứ 5,T5|Thứ Sáu,Thứ 6,T6|Thứ Bảy,Thứ 7,T7'),
  timeConnectors: ['lúc', 'vào lúc'],
  dayPeriods: { am: ['SA'], pm: ['CH'] },
};
