import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

const KANJI_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * Japanese: `2024年2月7日`, `2024年02月07日`, `２０２４年２月７日` (fullwidth digits),
 * `2024年二月7日`, `2024年2月7日 15:04`, `午後3:04 · 2024年2月7日`, `2020年9月3日木曜日`.
 *
 * @example
 * parseDate('2024年2月7日', { locales: ['ja'] })?.iso; // '2024-02-07'
 */
export const ja: DateLocale = {
  code: 'ja',
  name: 'Japanese',
  months: KANJI_MONTHS.map((kanji, index) => {
    const number = index + 1;
    return [`${number}月`, `${String(number).padStart(2, '0')}月`, `${kanji}月`];
  }),
  patterns: ['Y 年 M D 日'],
  dayPeriods: { am: ['午前'], pm: ['午後'] },
  // The full form writes the weekday last: `2020年9月3日木曜日` (Facebook's SDK fallback).
  weekdays: spellings('日曜日|月曜日|火曜日|水曜日|木曜日|金曜日|土曜日'),
};
