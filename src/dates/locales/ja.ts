import { cldrLocale } from '../cldr-locale.js';

/**
 * Japanese: `2024年2月7日`, `2024年02月07日`, `２０２４年２月７日` (fullwidth digits),
 * `2024年二月7日`, `2024年2月7日 15:04`, `午後3:04 · 2024年2月7日`, `2020年9月3日木曜日`.
 *
 * @example
 * parseDate('2024年2月7日', { locales: ['ja'] })?.iso; // '2024-02-07'
 */
export const ja = cldrLocale({
  code: 'ja',
  name: 'Japanese',
  cldr: 'ja/W',
  months:
    '1月,01月,一月|2月,02月,二月|3月,03月,三月|4月,04月,四月|5月,05月,五月|6月,06月,六月|7月,07月,七月|8月,08月,八月|9月,09月,九月|10月,10月,十月|11月,11月,十一月|12月,12月,十二月',
  patterns: ['Y 年 M D 日'],
  dayPeriods: { am: ['午前'], pm: ['午後'] },
  // The full form writes the weekday last: `2020年9月3日木曜日` (Facebook's SDK fallback).
  weekdays: '',
});
