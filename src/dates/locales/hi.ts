import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Hindi: `7 फ़रवरी 2024` (with or without the nukta: `फरवरी`), `7 फ़र॰ 2024` (abbreviation sign
 * `॰` or a dot), `सितंबर`/`सितम्बर`, Devanagari digits `७ फ़रवरी २०२४`,
 * `7 फ़रवरी 2024 को 3:04 pm बजे`.
 *
 * @example
 * parseDate('7 फ़रवरी 2024', { locales: ['hi'] })?.iso; // '2024-02-07'
 */
export const hi: DateLocale = {
  code: 'hi',
  name: 'Hindi',
  months: spellings(
    'जनवरी,जन(॰)|फ़रवरी,फ़र(॰)|मार्च|अप्रैल,अप्रेल|मई|जून|जुलाई,जुल(॰)|अगस्त,अग(॰)|सितंबर,सितम्बर,सित(॰)|अक्टूबर,अक्तूबर,अक्टू(॰)|नवंबर,नवम्बर,नव(॰)|दिसंबर,दिसम्बर,दिस(॰)',
  ),
  patterns: ['D M [,] Y'],
  weekdays: spellings('रविवार,रवि|सोमवार,सोम|मंगलवार,मंगल|बुधवार,बुध|गुरुवार,बृहस्पतिवार,गुरु|शुक्रवार,शुक्र|शनिवार,शनि'),
  timeConnectors: ['को'],
  dayPeriods: { am: ['am', 'a.m.', 'पूर्वाह्न'], pm: ['pm', 'p.m.', 'अपराह्न'] },
  timeSuffixes: ['बजे'],
};
