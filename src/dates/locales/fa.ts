import { cldrLocale } from '../cldr-locale.js';

/**
 * Persian, Gregorian months as Twitter writes them (not the Solar Hijri calendar):
 * `۷ فوریهٔ ۲۰۲۴` (Persian digits, ezafe written `ٔ`, `ۀ`, `‌ی` or not at all), `7 فوریه 2024`,
 * `چهارشنبه ۷ فوریهٔ ۲۰۲۴`, `۷ فوریهٔ ۲۰۲۴ ساعت ۱۵:۰۴`, `۳:۰۴ ب.ظ.`. Persian `ی`/`ک` and Arabic
 * `ي`/`ك` are read alike.
 *
 * @example
 * parseDate('۷ فوریهٔ ۲۰۲۴', { locales: ['fa'] })?.iso; // '2024-02-07'
 */
export const fa = cldrLocale({
  code: 'fa',
  cldr: 'LW',
  months: '||||می|جون|جولای|آگوست||||',
  // `7 ژانویه‌ی 2024`: a name ending in ه takes the ezafe ‌ی before the year.
  monthForms: (spelling) => (spelling.endsWith('ه') ? [`${spelling}\u200cی`] : []),
  patterns: ['D M [،|,] Y'],
  timeConnectors: ['ساعت'],
  dayPeriods: { am: ['ق.ظ.'], pm: ['ب.ظ.'] },
});
