import { cldrLocale } from '../cldr-locale.js';

/**
 * Greek: `7 Φεβρουαρίου 2024` (genitive), `7 Φεβ 2024`, `7/2/2024` (day first),
 * `7 Φεβρουαρίου 2024 στις 3:04 μ.μ.`.
 *
 * @example
 * parseDate('7 Φεβρουαρίου 2024', { locales: ['el'] })?.iso; // '2024-02-07'
 */
export const el = cldrLocale({
  code: 'el',
  cldr: 'LSYW',
  months: '||||||||Σεπτ|||',
  patterns: ['D M Y', 'D / N / Y'],
  timeConnectors: ['στις'],
  dayPeriods: { am: ['π.μ.'], pm: ['μ.μ.'] },
});
