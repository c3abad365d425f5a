import type { DateLocale } from '../types.js';

/**
 * Polish: `7 lutego 2024` (genitive), `7 lut 2024`, `7 lutego 2024 r.`, `7.02.2024`,
 * `7 lutego 2024 o 15:04`.
 *
 * @example
 * parseDate('7 lutego 2024 r.', { locales: ['pl'] })?.iso; // '2024-02-07'
 */
export const pl: DateLocale = {
  code: 'pl',
  name: 'Polish',
  months: [
    ['stycznia', 'styczeń', 'sty.'],
    ['lutego', 'luty', 'lut.'],
    ['marca', 'marzec', 'mar.'],
    ['kwietnia', 'kwiecień', 'kwi.'],
    ['maja', 'maj'],
    ['czerwca', 'czerwiec', 'cze.'],
    ['lipca', 'lipiec', 'lip.'],
    ['sierpnia', 'sierpień', 'sie.'],
    ['września', 'wrzesień', 'wrz.'],
    ['października', 'październik', 'paź.'],
    ['listopada', 'listopad', 'lis.'],
    ['grudnia', 'grudzień', 'gru.'],
  ],
  patterns: ['D M Y [r.|roku]', 'D . N . Y [r.]'],
  weekdays: [
    ['niedziela', 'niedz.', 'nie.'],
    ['poniedziałek', 'pon.'],
    ['wtorek', 'wt.'],
    ['środa', 'śr.'],
    ['czwartek', 'czw.'],
    ['piątek', 'pt.'],
    ['sobota', 'sob.'],
  ],
  timeConnectors: ['o', 'godz.', 'o godz.'],
};
