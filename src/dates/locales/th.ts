import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Thai: `7 ก.พ. 2567`, `7 กุมภาพันธ์ 2567` (Buddhist-era year, as Thai pages and `Intl` write it:
 * a year above 2400 has 543 taken off), `7 ก.พ. 2024` (Gregorian), `7 กุมภาพันธ์ พ.ศ. 2567`,
 * `7 กุมภาพันธ์ ค.ศ. 2024`, `วันพุธที่ 7 กุมภาพันธ์ 2567`, Thai digits `๗ ก.พ. ๒๕๖๗`,
 * `7/2/2567`, `7 กุมภาพันธ์ 2567 เวลา 15:04 น.`.
 *
 * @example
 * parseDate('7 ก.พ. 2567', { locales: ['th'] })?.iso; // '2024-02-07'
 */
export const th: DateLocale = {
  code: 'th',
  name: 'Thai',
  months: spellings(
    'มกราคม,ม.ค.|กุมภาพันธ์,ก.พ.|มีนาคม,มี.ค.|เมษายน,เม.ย.|พฤษภาคม,พ.ค.|มิถุนายน,มิ.ย.|กรกฎาคม,ก.ค.|สิงหาคม,ส.ค.|กันยายน,ก.ย.|ตุลาคม,ต.ค.|พฤศจิกายน,พ.ย.|ธันวาคม,ธ.ค.',
  ),
  patterns: ['D M [พ.ศ.|ค.ศ.] Y', 'D / N / Y'],
  weekdays: spellings(
    'วันอาทิตย์ที่,วันอาทิตย์,อาทิตย์|วันจันทร์ที่,วันจันทร์,จันทร์|วันอังคารที่,วันอังคาร,อังคาร|วันพุธที่,วันพุธ,พุธ|วันพฤหัสบดีที่,วันพฤหัสบดี,พฤหัสบดี,วันพฤหัสที่,วันพฤหัส,พฤหัส|วันศุกร์ที่,วันศุกร์,ศุกร์|วันเสาร์ที่,วันเสาร์,เสาร์',
  ),
  timeConnectors: ['เวลา'],
  dayPeriods: { am: ['ก่อนเที่ยง', 'AM'], pm: ['หลังเที่ยง', 'PM'] },
  timeSeparators: ['.'],
  timeSuffixes: ['น.'],
  eraYears: { above: 2400, offset: 543 },
};
