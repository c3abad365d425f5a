import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Persian, Gregorian months as Twitter writes them (not the Solar Hijri calendar):
 * `۷ فوریهٔ ۲۰۲۴` (Persian digits, ezafe written `ٔ`, `ۀ`, `‌ی` or not at all), `7 فوریه 2024`,
 * `چهارشنبه ۷ فوریهٔ ۲۰۲۴`, `۷ فوریهٔ ۲۰۲۴ ساعت ۱۵:۰۴`, `۳:۰۴ ب.ظ.`. Persian `ی`/`ک` and Arabic
 * `ي`/`ك` are read alike.
 *
 * @example
 * parseDate('۷ فوریهٔ ۲۰۲۴', { locales: ['fa'] })?.iso; // '2024-02-07'
 */
export const fa: DateLocale = {
  code: 'fa',
  name: 'Persian',
  months: spellings(
    'ژانویه,ژانویهٔ,ژانویه‌ی|فوریه,فوریهٔ,فوریه‌ی|مارس|آوریل|مه,مهٔ,مه‌ی,می|ژوئن,جون|ژوئیه,ژوئیهٔ,ژوئیه‌ی,جولای|اوت,آگوست|سپتامبر|اکتبر|نوامبر|دسامبر',
  ),
  patterns: ['D M [،|,] Y'],
  weekdays: spellings('یکشنبه,یک‌شنبه|دوشنبه|سه‌شنبه,سهشنبه|چهارشنبه|پنجشنبه,پنج‌شنبه|جمعه|شنبه'),
  timeConnectors: ['ساعت'],
  dayPeriods: { am: ['ق.ظ.'], pm: ['ب.ظ.'] },
};
