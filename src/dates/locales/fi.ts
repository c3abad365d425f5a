import { cldrLocale } from '../cldr-locale.js';

/**
 * Finnish: `7. helmikuuta 2024` (partitive), `7.2.2024`, `7. helmik. 2024`,
 * `7. helmikuuta 2024 klo 15.04`.
 *
 * @example
 * parseDate('7. helmikuuta 2024', { locales: ['fi'] })?.iso; // '2024-02-07'
 */
export const fi = cldrLocale({
  code: 'fi',
  cldr: 'LSGWw',
  // `7. helmik. 2024`: a name in -kuu ("month") is abbreviated after its k.
  monthForms: (spelling) => (spelling.endsWith('kuu') ? [`${spelling.slice(0, -2)}.`] : []),
  patterns: ['D [.] M Y', 'D . N . Y'],
  timeConnectors: ['klo', 'kello'],
  timeSeparators: ['.'],
});
