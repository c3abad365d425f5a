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
  // ICU writes Japanese month names as a number and a separate `月`, which cldrSpellings leaves
  // out; Japanese writes them as Chinese does (`2月`, `二月`), so Chinese's are taken.
  // The weekdays (`ja/W`): the full form writes the weekday last, `2020年9月3日木曜日` (Facebook's SDK fallback).
  cldr: 'W zh/LS',
  patterns: ['Y 年 M D 日'],
  dayPeriods: { am: ['午前'], pm: ['午後'] },
});
