import { cldrLocale } from '../cldr-locale.js';

/**
 * Vietnamese, where the month is `tháng` and its number: `7 tháng 2, 2024`, `7 thg 2, 2024`,
 * `ngày 7 tháng 2 năm 2024`, `07/02/2024` (day first), `Thứ Tư, 7 tháng 2, 2024`,
 * `15:04 7 thg 2, 2024`, `3:04 CH · 7 thg 2, 2024`, `7 tháng 2, 2024 lúc 15:04`.
 *
 * @example
 * parseDate('7 thg 2, 2024', { locales: ['vi'] })?.iso; // '2024-02-07'
 */
export const vi = cldrLocale({
  code: 'vi',
  cldr: 'LHWw',
  months:
    'tháng Một,tháng Giêng|tháng Hai|tháng Ba|tháng Tư,tháng Bốn|tháng Năm|tháng Sáu|tháng Bảy|tháng Tám|tháng Chín|tháng Mười|tháng Mười Một|tháng Mười Hai,tháng Chạp',
  patterns: ['D M [,|năm] Y', 'ngày D M [,|năm] Y', 'D / N / Y'],
  weekdays: '|T2|T3|T4|T5|T6|T7',
  timeConnectors: ['lúc', 'vào lúc'],
  dayPeriods: { am: ['SA'], pm: ['CH'] },
});
