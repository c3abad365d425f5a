import type { DateLocale } from '../types.js';

/**
 * Czech: `7. února 2024` (genitive), `7. 2. 2024`, `7. února 2024 v 15:04`.
 *
 * @example
 * parseDate('7. února 2024', { locales: ['cs'] })?.iso; // '2024-02-07'
 */
export const cs: DateLocale = {
  code: 'cs',
  name: 'Czech',
  months: [
    ['ledna', 'leden', 'led.'],
    ['února', 'únor', 'úno.'],
    ['března', 'březen', 'bře.'],
    ['dubna', 'duben', 'dub.'],
    ['května', 'květen', 'kvě.'],
    ['června', 'červen', 'čvn.'],
    ['července', 'červenec', 'čvc.'],
    ['srpna', 'srpen', 'srp.'],
    ['září', 'zář.'],
    ['října', 'říjen', 'říj.'],
    ['listopadu', 'listopad', 'lis.'],
    ['prosince', 'prosinec', 'pro.'],
  ],
  patterns: ['D [.] M Y', 'D . N . Y'],
  weekdays: [
    ['neděle', 'ne'],
    ['pondělí', 'po'],
    ['úterý', 'út'],
    ['středa', 'st'],
    ['čtvrtek', 'čt'],
    ['pátek', 'pá'],
    ['sobota', 'so'],
  ],
  timeConnectors: ['v', 've'],
};
