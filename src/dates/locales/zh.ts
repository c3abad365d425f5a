import type { DateLocale } from '../types.js';

const HAN_MONTHS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/**
 * Chinese (simplified and traditional): `2024年2月7日`, `2024年2月7号`, `2024年二月7日`,
 * `2024年2月7日 下午3:04`.
 *
 * @example
 * parseDate('2024年2月7日 下午3:04', { locales: ['zh'] })?.iso; // '2024-02-07T15:04'
 */
export const zh: DateLocale = {
  code: 'zh',
  name: 'Chinese',
  months: HAN_MONTHS.map((han, index) => {
    const number = index + 1;
    return [`${number}月`, `${String(number).padStart(2, '0')}月`, `${han}月`];
  }),
  patterns: ['Y 年 M D 日|号|號'],
  dayPeriods: { am: ['上午', '凌晨', '早上'], pm: ['下午', '晚上', '中午'] },
};
