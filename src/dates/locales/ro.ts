import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Romanian: `7 februarie 2024`, `7 feb. 2024`, `07.02.2024`, `7 februarie 2024 la 15:04`.
 *
 * @example
 * parseDate('7 februarie 2024', { locales: ['ro'] })?.iso; // '2024-02-07'
 */
export const ro: DateLocale = {
  code: 'ro',
  name: 'Romanian',
  months: spellings(
    'ian(uarie)|feb(ruarie),febr.|mar(tie)|apr(ilie)|mai|iun(ie)|iul(ie)|aug(ust)|sept(embrie),sep.|oct(ombrie)|noiembrie,nov.,noi.|dec(embrie)',
  ),
  patterns: ['D M Y', 'D . N . Y'],
  weekdays: spellings('duminică|luni|marți,marţi|miercuri|joi|vineri|sâmbătă'),
  timeConnectors: ['la', 'ora', 'la ora'],
};
