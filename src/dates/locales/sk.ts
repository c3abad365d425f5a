import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Slovak: `7. februára 2024` (genitive), `7. feb. 2024`, `7. 2. 2024`, `streda 7. februára 2024`,
 * `7. februára 2024 o 15:04`. The weekday abbreviations `st` and `št` fold alike and are left out.
 *
 * @example
 * parseDate('7. februára 2024', { locales: ['sk'] })?.iso; // '2024-02-07'
 */
export const sk: DateLocale = {
  code: 'sk',
  name: 'Slovak',
  months: spellings(
    'januára,jan(uár)|februára,feb(ruár)|marca,mar(ec)|apríla,apr(íl)|mája,máj|júna,jún|júla,júl|augusta,aug(ust)|septembra,sept(ember),sep.|októbra,okt(óber)|novembra,nov(ember)|decembra,dec(ember)',
  ),
  patterns: ['D . M Y', 'D . N . Y'],
  weekdays: spellings('nedeľa,ne|pondelok,po|utorok,ut|streda|štvrtok|piatok,pi|sobota,so'),
  timeConnectors: ['o'],
};
