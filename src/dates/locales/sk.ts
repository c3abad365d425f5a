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
  months: [
    ['januára', 'január', 'jan.'],
    ['februára', 'február', 'feb.'],
    ['marca', 'marec', 'mar.'],
    ['apríla', 'apríl', 'apr.'],
    ['mája', 'máj'],
    ['júna', 'jún'],
    ['júla', 'júl'],
    ['augusta', 'august', 'aug.'],
    ['septembra', 'september', 'sept.', 'sep.'],
    ['októbra', 'október', 'okt.'],
    ['novembra', 'november', 'nov.'],
    ['decembra', 'december', 'dec.'],
  ],
  patterns: ['D . M Y', 'D . N . Y'],
  weekdays: [['nedeľa', 'ne'], ['pondelok', 'po'], ['utorok', 'ut'], ['streda'], ['štvrtok'], ['piatok', 'pi'], ['sobota', 'so']],
  timeConnectors: ['o'],
};
