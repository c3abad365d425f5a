import { spellings } from '../spellings.js';
import type { DateLocale } from '../types.js';

/**
 * Bulgarian: `7 февруари 2024 г.` (the closing `г.` belongs to the date), `7 фев 2024 г.`,
 * `7.02.2024 г.`, `сряда, 7 февруари 2024 г.`, `7 февруари 2024 г. в 15:04 ч.`. Month names
 * differ from Russian ones (`февруари`, not `февраля`); shared ones (`март`, `май`) mean the same
 * month.
 *
 * @example
 * parseDate('7 февруари 2024 г.', { locales: ['bg'] })?.iso; // '2024-02-07'
 */
export const bg: DateLocale = {
  code: 'bg',
  name: 'Bulgarian',
  months: spellings(
    'януари,яну|февруари,фев|март,мар|април,апр|май|юни|юли|август,авг|септември,септ,сеп|октомври,окт|ноември,ное|декември,дек',
  ),
  patterns: ['D M Y [г.|година]', 'D . N . Y [г.]'],
  weekdays: spellings('неделя,нд|понеделник,пн|вторник,вт|сряда,ср|четвъртък,чт|петък,пт|събота,сб'),
  timeConnectors: ['в'],
  timeSuffixes: ['ч.', 'часа'],
};
