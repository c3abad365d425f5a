import { cldrLocale } from '../cldr-locale.js';

/**
 * Bulgarian: `7 февруари 2024 г.` (the closing `г.` belongs to the date), `7 фев 2024 г.`,
 * `7.02.2024 г.`, `сряда, 7 февруари 2024 г.`, `7 февруари 2024 г. в 15:04 ч.`. Month names
 * differ from Russian ones (`февруари`, not `февраля`); shared ones (`март`, `май`) mean the same
 * month.
 *
 * @example
 * parseDate('7 февруари 2024 г.', { locales: ['bg'] })?.iso; // '2024-02-07'
 */
export const bg = cldrLocale({
  code: 'bg',
  cldr: 'LWw',
  months: '||||||||септ|||',
  // `7 фев 2024 г.`: a name longer than three letters is abbreviated to them (September to `септ` too).
  monthForms: (spelling) => (spelling.length > 3 ? [spelling.slice(0, 3)] : []),
  patterns: ['D M Y [г.|година]', 'D . N . Y [г.]'],
  timeConnectors: ['в'],
  timeSuffixes: ['ч.', 'часа'],
});
