import type { DatePrecision, Diagnostic } from '../schema/index.js';
import { daysInMonth } from './match-date.js';
import { formatUtcOffset } from './time-zones.js';

const MINUTE = 60_000;

/**
 * A record's three date fields, in the one grammar records use (`publishedAtPattern`).
 *
 * @example
 * const date: RecordDate = { publishedAt: '2024-02-07', datePrecision: 'day', publishedAtLocal: '2024-02-07T15:04' };
 */
export interface RecordDate {
  /** `YYYY-MM-DD`, or RFC 3339 with seconds and an offset (`Z` for UTC); null when unknown. */
  publishedAt: string | null;
  /** How much of `publishedAt` is known; null exactly when `publishedAt` is. */
  datePrecision: DatePrecision | null;
  /** A time written without a zone, as read (`YYYY-MM-DDTHH:MM[:SS]`); null otherwise. */
  publishedAtLocal: string | null;
}

/** An ISO 8601 reading split into its parts; `offset` in minutes east of UTC, null when no zone was written. */
interface IsoParts {
  day: string;
  /** `HH:MM` or `HH:MM:SS`, null for a day alone. */
  time: string | null;
  offset: number | null;
}

/** The ISO 8601 forms read: a day, optionally a time (seconds optional, a fraction after them), and a zone after a time. */
const ISO = /^(\d{4}-\d{2}-\d{2})(?:[T ]((?:[01]\d|2[0-3]):[0-5]\d)(?::([0-5]\d)(?:[.,]\d+)?)?([Zz]|([+-])(\d{2}):?(\d{2}))?)?$/;

/** Reads `2024-02-07`, `2024-02-07T15:04`, `…T15:04:05.123+00:00` and the like; null for anything else. */
function readIso(text: string): IsoParts | null {
  const match = ISO.exec(text.trim());
  if (match === null) return null;
  const [, day = '', hm, seconds, zone, sign, hours, minutes] = match;
  if (!isCalendarDay(day)) return null;
  const time = hm === undefined ? null : seconds === undefined ? hm : `${hm}:${seconds}`;
  const offset = zone === undefined ? null : (sign === '-' ? -1 : 1) * (Number(hours ?? 0) * 60 + Number(minutes ?? 0));
  return { day, time, offset };
}

/** Whether `YYYY-MM-DD` names a real day of the Gregorian calendar. */
function isCalendarDay(day: string): boolean {
  // Read by arithmetic, as `Date.UTC` would (which takes years 0–99 for 1900–1999: never the year written).
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The instant of a reading with a time and an offset, in Unix ms; NaN for a day alone or a zone-less time. */
function instantOf(parts: IsoParts): number {
  if (parts.time === null || parts.offset === null) return Number.NaN;
  return Date.parse(`${parts.day}T${parts.time}Z`) - parts.offset * MINUTE;
}

/** An instant as the local ISO 8601 date-time at an offset (minutes east of UTC), without the offset: `2024-02-07T23:00:00.000`. */
function localIso(time: number, offset: number): string {
  return new Date(time + offset * MINUTE).toISOString().slice(0, 23);
}

/** An instant written at an offset (minutes east of UTC), with whole seconds or milliseconds. */
function writeAt(time: number, offset: number, millis: boolean): string {
  return `${localIso(time, offset).slice(0, millis ? 23 : 19)}${formatUtcOffset(offset)}`;
}

/**
 * The offset nearest zero (−12:00 to +14:00, east first, in steps of `step` minutes) at which
 * `time` reads as `local`, the start of a local ISO date-time (a day, or a day and a minute), or null.
 */
function offsetReading(time: number, local: string, step: number): number | null {
  for (let minutes = 0; minutes <= 840; minutes += step) {
    for (const offset of minutes === 0 ? [0] : [minutes, -minutes]) {
      if (offset >= -720 && localIso(time, offset).startsWith(local)) return offset;
    }
  }
  return null;
}

/**
 * An exact creation time (from a post id) as RFC 3339 with milliseconds. Embed dates are written
 * in the viewer's time zone, so the instant is written at the UTC offset nearest zero (whole hours,
 * −12 to +14) whose calendar date is the written day; the instant is the same, and the date part
 * agrees with `dateText`. `agrees` is false when no such offset exists (the id and the written
 * date disagree); the instant is then written in UTC.
 *
 * @example
 * formatPostTime(Date.UTC(2024, 1, 8, 3, 0), '2024-02-07'); // { iso: '2024-02-07T23:00:00.000-04:00', agrees: true }
 */
export function formatPostTime(time: number, writtenDay: string | null): { iso: string; agrees: boolean } {
  const offset = writtenDay === null ? 0 : offsetReading(time, writtenDay, 60);
  return { iso: writeAt(time, offset ?? 0, true), agrees: writtenDay === null || offset !== null };
}

/**
 * What a record's date is made from: the date as read from the input (an ISO 8601 reading such as
 * `DateMatch.iso`: `2024-02-07`, `2024-02-07T15:04`, `2017-07-13T22:10-07:00`), a machine-readable
 * timestamp the markup carries (`<time datetime>`), and the creation time a post id encodes.
 *
 * @example
 * const sources: DateSources = { written: '2024-02-07T15:04', idTime: 1707321408430 };
 */
export interface DateSources {
  /** The date as read from the written text; null when none was read. */
  written?: string | null;
  /** A timestamp from the markup (`<time datetime>`), any ISO 8601 form; null when none. */
  datetime?: string | null;
  /** The creation time (Unix ms) the post id encodes; null when the id carries none. */
  idTime?: number | null;
}

/**
 * A record's date fields from what the input carries, in the one grammar of
 * `publishedAtPattern`, and whether an exact time (from the id or the markup) falls on the
 * written day (`agrees`; true when there is nothing to compare).
 *
 * - An exact time (the post id's, else the markup's timestamp) gives `publishedAt` to the
 *   millisecond (`id`) or second: written at the offset the text names (`PDT`), else at the
 *   offset whose local clock reads the written time, else at the offset nearest zero whose day is
 *   the written day, else (nothing written, or no offset fits) at the timestamp's own offset, `Z`
 *   for the id's.
 * - Else a written time with a zone gives `minute` or `second` precision, zero offsets as `Z`.
 * - A written time with no zone never passes for UTC: `publishedAt` is its day (`day`), and
 *   `publishedAtLocal` keeps the time as read.
 *
 * @example
 * recordDate({ written: '2024-02-07T15:04' });
 * // { publishedAt: '2024-02-07', datePrecision: 'day', publishedAtLocal: '2024-02-07T15:04', agrees: true }
 * recordDate({ written: '2017-07-13T22:10-07:00' }).publishedAt; // '2017-07-13T22:10:00-07:00'
 * recordDate({ written: '2024-02-07', idTime: Date.UTC(2024, 1, 8, 3, 0) }).publishedAt; // '2024-02-07T23:00:00.000-04:00'
 */
export function recordDate(sources: DateSources): RecordDate & { agrees: boolean } {
  const written = sources.written == null ? null : readIso(sources.written);
  const stamp = sources.datetime == null ? null : readIso(sources.datetime);
  const stampTime = stamp === null ? Number.NaN : instantOf(stamp);
  const idTime = sources.idTime ?? null;
  const exact = idTime ?? (Number.isNaN(stampTime) ? null : stampTime);
  if (exact !== null) {
    let offset: number | null = null;
    if (written !== null) {
      if (written.offset !== null) offset = localIso(exact, written.offset).startsWith(written.day) ? written.offset : null;
      else if (written.time !== null) offset = offsetReading(exact, `${written.day}T${written.time.slice(0, 5)}`, 15);
      offset ??= offsetReading(exact, written.day, 60);
    }
    const agrees = written === null || offset !== null;
    offset ??= idTime === null ? (stamp?.offset ?? 0) : 0;
    return dateFields(
      writeAt(exact, offset, idTime !== null),
      idTime !== null ? 'id' : timePrecision(stamp?.time),
      localReading(written),
      agrees,
    );
  }
  // A timestamp with no zone (or a day alone) in the markup reads like a written date.
  const reading = written ?? stamp;
  if (reading === null) return dateFields(null, null, null);
  if (reading.time === null || reading.offset === null) return dateFields(reading.day, 'day', localReading(reading));
  return dateFields(writeAt(instantOf(reading), reading.offset, false), timePrecision(reading.time), null);
}

/** A record's date fields and whether the exact time agrees with the written day, in one shape (the order of the fields is the records'). */
function dateFields(
  publishedAt: string | null,
  datePrecision: DatePrecision | null,
  publishedAtLocal: string | null,
  agrees = true,
): RecordDate & { agrees: boolean } {
  return { publishedAt, datePrecision, publishedAtLocal, agrees };
}

/** A time written without a zone, as read (`2024-02-07T15:04`); null for anything else. */
function localReading(parts: IsoParts | null): string | null {
  return parts !== null && parts.time !== null && parts.offset === null ? `${parts.day}T${parts.time}` : null;
}

/** The precision of a time: `minute` for `HH:MM`, `second` with seconds. */
function timePrecision(time: string | null | undefined): DatePrecision {
  return time?.length === 5 ? 'minute' : 'second';
}

/**
 * The `date-mismatch` warning: an exact time (the post id's, or the markup's timestamp) that falls
 * on no time zone's version of the written date.
 *
 * @example
 * dateMismatch('2024-02-08T03:00:00.000Z', 'February 5, 2024', 0, 120).code; // 'date-mismatch'
 */
export function dateMismatch(publishedAt: string | null, dateText: string | null, start: number, end: number): Diagnostic {
  return {
    code: 'date-mismatch',
    severity: 'warning',
    message: `The post's exact time (${publishedAt ?? ''}) is not on the written date "${dateText ?? ''}" in any time zone; publishedAt follows the exact time.`,
    start,
    end,
  };
}
