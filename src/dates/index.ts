export { matchDateAt, parseDate } from './match-date.js';
export { dateLocales } from './locales/index.js';
export { formatUtcOffset, timeZoneOffset, timeZoneOffsets } from './time-zones.js';
export type { DateLocale, DateMatch } from './types.js';
export { readWrittenDate } from './embed-time.js';
export { dateMismatch, formatPostTime, recordDate } from './record-date.js';
export { datedById } from './id-date.js';
