import { cldrLocale } from '../cldr-locale.js';

/**
 * Chinese (simplified and traditional): `2024年2月7日`, `2024年2月7号`, `2024年二月7日`,
 * `2024年2月7日 下午3:04`.
 *
 * @example
 * parseDate('2024年2月7日 下午3:04', { locales: ['zh'] })?.iso; // '2024-02-07T15:04'
 */
export const zh = cldrLocale({
  code: 'zh',
  cldr: 'LS',
  patterns: ['Y 年 M D 日|号|號'],
  dayPeriods: { am: ['上午', '凌晨', '早上'], pm: ['下午', '晚上', '中午'] },
});
