import type { DateLocale } from '../types.js';

/** Month names and abbreviations (with geresh), January first. */
const NAMES = [
  ['ינואר', 'ינו׳'],
  ['פברואר', 'פבר׳'],
  ['מרץ', 'מרס'],
  ['אפריל', 'אפר׳'],
  ['מאי'],
  ['יוני'],
  ['יולי'],
  ['אוגוסט', 'אוג׳'],
  ['ספטמבר', 'ספט׳'],
  ['אוקטובר', 'אוק׳'],
  ['נובמבר', 'נוב׳'],
  ['דצמבר', 'דצמ׳'],
];

/**
 * Hebrew: `7 בפברואר 2024` (with the prefix ב), `7 פברואר 2024`, `7 בפבר׳ 2024` (geresh or
 * apostrophe), `7.2.2024`, `7 בפברואר 2024 בשעה 15:04`.
 *
 * @example
 * parseDate('7 בפברואר 2024', { locales: ['he'] })?.iso; // '2024-02-07'
 */
export const he: DateLocale = {
  code: 'he',
  name: 'Hebrew',
  months: NAMES.map((names) =>
    names.flatMap((name) => {
      const forms = name.endsWith('׳') ? [name, `${name.slice(0, -1)}'`] : [name];
      return forms.flatMap((form) => [form, `ב${form}`]);
    }),
  ),
  patterns: ['D M Y', 'D . N . Y'],
  timeConnectors: ['בשעה'],
};
