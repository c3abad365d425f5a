import { cldrLocale } from '../cldr-locale.js';

/**
 * Thai: `7 ก.พ. 2567`, `7 กุมภาพันธ์ 2567` (Buddhist-era year, as Thai pages and `Intl` write it:
 * a year above 2400 has 543 taken off), `7 ก.พ. 2024` (Gregorian), `7 กุมภาพันธ์ พ.ศ. 2567`,
 * `7 กุมภาพันธ์ ค.ศ. 2024`, `วันพุธที่ 7 กุมภาพันธ์ 2567`, Thai digits `๗ ก.พ. ๒๕๖๗`,
 * `7/2/2567`, `7 กุมภาพันธ์ 2567 เวลา 15:04 น.`.
 *
 * @example
 * parseDate('7 ก.พ. 2567', { locales: ['th'] })?.iso; // '2024-02-07'
 */
export const th = cldrLocale({
  code: 'th',
  cldr: 'LSWw',
  patterns: ['D M [พ.ศ.|ค.ศ.] Y', 'D / N / Y'],
  weekdays: '||||พฤหัสบดี,วันพฤหัส||',
  // `วันพุธที่ 7 กุมภาพันธ์ 2567`: a weekday named with วัน ("day") is also written followed by ที่ ("the").
  weekdayForms: (spelling) => (spelling.startsWith('วัน') ? [`${spelling}ที่`] : []),
  timeConnectors: ['เวลา'],
  dayPeriods: { am: ['ก่อนเที่ยง', 'AM'], pm: ['หลังเที่ยง', 'PM'] },
  timeSeparators: ['.'],
  timeSuffixes: ['น.'],
  eraYears: { above: 2400, offset: 543 },
});
