import { cldrLocale } from '../cldr-locale.js';

/**
 * Portuguese: `29 de outubro de 2017`, `7 de fev. de 2024`, `10 de março de 2020`,
 * `7 de fevereiro de 2024 às 15:04`, `7/2/2024` (day first).
 *
 * @example
 * parseDate('7 de fev. de 2024', { locales: ['pt'] })?.iso; // '2024-02-07'
 */
export const pt = cldrLocale({
  code: 'pt',
  cldr: 'LSWw',
  patterns: ['D [de] M [de] Y', 'D / N / Y'],
  // `quarta, 7 de fevereiro de 2024`: a weekday in -feira is also written without it.
  weekdayForms: (spelling) => (spelling.endsWith('-feira') ? [spelling.slice(0, -6)] : []),
  daySuffixes: ['º'],
  timeConnectors: ['às'],
});
