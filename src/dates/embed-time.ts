import { dateLocales } from './locales/index.js';
import { parseDate } from './match-date.js';
import type { DateMatch } from './types.js';

const HOUR = 3_600_000;

/**
 * Reads a written embed date, preferring the embed's display language (`data-lang`, e.g. `de`,
 * `zh-cn`) and falling back to every known language.
 *
 * @example
 * readWrittenDate('17. August 2018', 'de')?.iso; // '2018-08-17'
 */
export function readWrittenDate(text: string, lang: string | null | undefined): DateMatch | null {
  const base = lang?.toLowerCase().split(/[-_]/)[0];
  if (base !== undefined && dateLocales.some((locale) => locale.code === base)) {
    const preferred = parseDate(text, { locales: [base] });
    if (preferred !== null) return preferred;
  }
  return parseDate(text);
}

/**
 * An exact creation time (from a post id) as ISO 8601 with milliseconds. Embed dates are written
 * in the viewer's time zone, so the instant is written at the UTC offset nearest zero (whole hours,
 * −12 to +14) whose calendar date is the written day; the instant is the same, and the date part
 * agrees with `dateText`. `agrees` is false when no such offset exists (the id and the written
 * date disagree); the instant is then written in UTC.
 *
 * @example
 * formatPostTime(Date.UTC(2024, 1, 8, 3, 0), '2024-02-07'); // { iso: '2024-02-07T…-04:00', agrees: true }
 */
export function formatPostTime(time: number, writtenDay: string | null): { iso: string; agrees: boolean } {
  if (writtenDay === null) return { iso: new Date(time).toISOString(), agrees: true };
  const offsets = [0];
  for (let hours = 1; hours <= 14; hours++) {
    offsets.push(-hours);
    offsets.push(hours);
  }
  for (const hours of offsets) {
    if (hours < -12) continue;
    const local = new Date(time + hours * HOUR).toISOString();
    if (local.slice(0, 10) !== writtenDay) continue;
    if (hours === 0) return { iso: local, agrees: true };
    const sign = hours < 0 ? '-' : '+';
    const offset = `${sign}${String(Math.abs(hours)).padStart(2, '0')}:00`;
    return { iso: `${local.slice(0, 23)}${offset}`, agrees: true };
  }
  return { iso: new Date(time).toISOString(), agrees: false };
}
