import { cldrLocale } from '../cldr-locale.js';

/**
 * Russian: `7 февраля 2024 г.` (genitive), `7 февр. 2024 г.`, `07.02.2024`,
 * `7 февраля 2024 г. в 15:04`.
 *
 * @example
 * parseDate('7 февраля 2024 г.', { locales: ['ru'] })?.iso; // '2024-02-07'
 */
export const ru = cldrLocale({
  code: 'ru',
  cldr: 'LSGHWw',
  months: '|фев.|||||||сен.||ноя.|',
  patterns: ['D M Y [г.|года]', 'D . N . Y [г.]'],
  timeConnectors: ['в'],
});
