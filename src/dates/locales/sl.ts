import type { DateLocale } from '../types.js';

/**
 * Slovenian: `7. februar 2024`, `7. februarja 2024` (genitive, common in the press),
 * `7. feb. 2024`, `7. 2. 2024`, `sreda, 7. februar 2024`, `7. februar 2024 ob 15:04`.
 *
 * @example
 * parseDate('7. februar 2024', { locales: ['sl'] })?.iso; // '2024-02-07'
 */
export const sl: DateLocale = {
  code: 'sl',
  name: 'Slovenian',
  months: [
    ['januar', 'januarja', 'jan.'],
    ['februar', 'februarja', 'feb.'],
    ['marec', 'marca', 'mar.'],
    ['april', 'aprila', 'apr.'],
    ['maj', 'maja'],
    ['junij', 'junija', 'jun.'],
    ['julij', 'julija', 'jul.'],
    ['avgust', 'avgusta', 'avg.'],
    ['september', 'septembra', 'sept.', 'sep.'],
    ['oktober', 'oktobra', 'okt.'],
    ['november', 'novembra', 'nov.'],
    ['december', 'decembra', 'dec.'],
  ],
  patterns: ['D . M Y', 'D . N . Y'],
  weekdays: [
    ['nedelja', 'ned.'],
    ['ponedeljek', 'pon.'],
    ['torek', 'tor.'],
    ['sreda', 'sre.'],
    ['četrtek', 'čet.'],
    ['petek', 'pet.'],
    ['sobota', 'sob.'],
  ],
  timeConnectors: ['ob'],
  timeSeparators: ['.'],
};
