import { spellings } from '../spellings.js';
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
  months: spellings(
    'ledna,led(en)|února,úno(r)|března,bře(zen)|dubna,dub(en)|května,kvě(ten)|června,červen,čvn.|července,červenec,čvc.|srpna,srp(en)|zář(í)|října,říj(en)|listopadu,lis(topad)|prosince,pro(sinec)',
  ),
  patterns: ['D [.] M Y', 'D . N . Y'],
  weekdays: spellings('neděle,ne|pondělí,po|úterý,út|středa,st|čtvrtek,čt|pátek,pá|sobota,so'),
  timeConnectors: ['v', 've'],
};
