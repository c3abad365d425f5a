import { COMMON_CONNECTORS, compileLocale, type CompiledLocale, type LayoutItem } from './compile-locale.js';
import { digitValue, isIgnorable, isLetterAt, isMarkAt, isNoSpaceLetter, skipInlineSpace } from './fold.js';
import { isSpace } from '../kit/index.js';
import { dateLocales } from './locales/index.js';
import { neutralLocale } from './neutral-locale.js';
import { starterIndex, type StarterIndex } from './starter-index.js';
import { formatUtcOffset, pad2, timeZoneOffset } from './time-zones.js';
import { matchTrie, trieOf, type TrieNode } from './trie.js';
import type { DateLocale, DateMatch, DateMatchOptions } from './types.js';

const DEFAULT_MAX_LENGTH = 80;
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** Marks between a time written first and its date (`3:04 PM · Feb 7, 2024`; Substack's cards write `∙`, U+2219): those after a date, and dashes. */
const TIME_DATE_SEPARATORS = [...COMMON_CONNECTORS, '\u2219', '-', '\u2013', '\u2014'];
/** Other codes callers use for a registered language. */
const LOCALE_ALIASES: readonly (readonly [string, string])[] = [
  ['no', 'nb'],
  ['nn', 'nb'],
  ['iw', 'he'],
  ['in', 'id'],
];

let timeDateSeparators: TrieNode | undefined;
let localesByCode: Map<string, DateLocale> | undefined;

interface DateHit {
  year: number;
  month: number;
  day: number;
  end: number;
}

interface TimeHit {
  /** The time as ISO 8601 writes it after a day: `T15:04`, `T15:04:05`, `T22:10-07:00`. */
  iso: string;
  precision: 'minute' | 'second';
  end: number;
}

/**
 * Reads a date (optionally with a time and zone) that begins at `start`, in any registered language
 * or the ones named in `options.locales`. Spaces, line breaks and invisible marks before the date
 * are skipped; the match's `start` is its first character and `end` follows its last one, without
 * trailing spaces or sentence punctuation. Returns null when no date begins there, when the date is
 * invalid (`February 30`, years outside 1990–2100), when it continues a word or number (`x7 May`
 * is read, `12024-02-07` from index 1 is not), or when languages disagree on a numeric date
 * (`7/2/2024` is 7 February in French but July 2 in English: pass one locale to read it).
 *
 * Work per call is bounded by `options.maxLength` (default 80 characters), whatever the size of
 * `text`: no regular expressions run on the input, month names are looked up in prefix trees
 * built on first use.
 *
 * @example
 * const text = '— Antony Blinken (@SecBlinken) February 7, 2024 https://t.co/x';
 * const m = matchDateAt(text, text.indexOf(')') + 1);
 * m?.iso; // '2024-02-07'
 * text.slice(m!.start, m!.end); // 'February 7, 2024'
 * matchDateAt('Jul 13, 2017 at 10:10pm PDT', 0)?.iso; // '2017-07-13T22:10-07:00'
 */
export function matchDateAt(text: string, start: number, options: DateMatchOptions = {}): DateMatch | null {
  if (!Number.isInteger(start) || start < 0 || start >= text.length) return null;
  const maxLength = Math.max(1, Math.floor(options.maxLength ?? DEFAULT_MAX_LENGTH));
  const skipLimit = Math.min(text.length, start + maxLength);
  let pos = start;
  while (pos < skipLimit && isSpaceLike(text.charCodeAt(pos))) pos++;
  if (pos >= text.length) return null;
  const first = text.charCodeAt(pos);
  // Still a space (the skip stopped at maxLength): neither a digit nor a letter, known without a regex.
  if (isSpaceLike(first) || (digitValue(first) < 0 && !isLetterAt(text, pos))) return null;
  if (pos > 0 && gluedToPrevious(text, pos)) return null;
  const limit = Math.min(text.length, pos + maxLength);

  if (!holdsYear(text, pos, limit)) return null;
  const candidates = compiledCandidates(options.locales, digitValue(first) < 0, text, pos, limit);
  if (candidates.length === 0) return null;
  let best: DateMatch | null = null;
  let ambiguous = false;
  for (const compiled of candidates) {
    const found = matchInLocale(compiled, text, pos, limit);
    if (!found) continue;
    if (!best || found.end > best.end) {
      best = found;
      ambiguous = false;
    } else if (found.end === best.end && found.iso !== best.iso) {
      ambiguous = true;
    }
  }
  return ambiguous ? null : best;
}

/**
 * Reads a string that is, apart from surrounding whitespace, exactly one date. Offsets are in the
 * given string.
 *
 * @example
 * parseDate(' 7. Februar 2024 um 15:04 ')?.iso; // '2024-02-07T15:04'
 * parseDate('2024年2月7日')?.locale; // 'ja' (the first registered locale writing it)
 * parseDate('February 7, 2024 is a Wednesday'); // null
 */
export function parseDate(text: string, options: DateMatchOptions = {}): DateMatch | null {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceLike(text.charCodeAt(start))) start++;
  while (end > start && isSpaceLike(text.charCodeAt(end - 1))) end--;
  const maxLength = Math.max(1, Math.floor(options.maxLength ?? DEFAULT_MAX_LENGTH));
  if (start === end || end - start > maxLength) return null;
  const match = matchDateAt(text, start, options);
  return match && match.end === end ? match : null;
}

/**
 * Whether four digits in a row stand in [pos, limit): every layout of every locale has a
 * four-digit year, so without them no locale can match, and date-like text that holds no year
 * (`3:04 PM · `, `7 de ` repeated) costs one short scan instead of a try in every language.
 */
function holdsYear(text: string, pos: number, limit: number): boolean {
  // Four positions in a row hold one of every residue mod 4: look at every fourth position only,
  // and measure the run of digits around those that are digits.
  for (let probe = pos + 3; probe < limit; probe += 4) {
    if (digitValue(text.charCodeAt(probe)) < 0) continue;
    let from = probe;
    while (from > pos && digitValue(text.charCodeAt(from - 1)) >= 0) from--;
    let to = probe + 1;
    while (to < limit && to - from < 4 && digitValue(text.charCodeAt(to)) >= 0) to++;
    if (to - from >= 4) return true;
  }
  return false;
}

/** Below this code, {@link isSpaceLike} is answered from a table (every space, line break and invisible mark but U+3000 and U+FEFF is below it). */
const TABLE_END = 0x2070;
let spaceLikeTable: Uint8Array | undefined;

function isSpaceLike(code: number): boolean {
  if (code < TABLE_END) {
    if (spaceLikeTable === undefined) {
      spaceLikeTable = new Uint8Array(TABLE_END);
      for (let c = 0; c < TABLE_END; c++) spaceLikeTable[c] = isSpaceLikeByRule(c) ? 1 : 0;
    }
    return spaceLikeTable[code] === 1;
  }
  return isSpaceLikeByRule(code);
}

/** A space, line break or invisible mark: the project's whitespace (which holds the date spaces, VT, FF and the BOM), and the ignorable marks. */
function isSpaceLikeByRule(code: number): boolean {
  return isSpace(code) || isIgnorable(code);
}

/** Whether the character at `pos` continues the number or word before it. */
function gluedToPrevious(text: string, pos: number): boolean {
  const prev = pos - 1;
  if (digitValue(text.charCodeAt(prev)) >= 0) return digitValue(text.charCodeAt(pos)) >= 0;
  if (!isLetterAt(text, pos) || isNoSpaceLetter(text.charAt(pos))) return false;
  if (isMarkAt(text, prev)) return true;
  return isLetterAt(text, prev) && !isNoSpaceLetter(text.charAt(prev));
}

// Every registered locale, compiled (`everyLocale`), and those of them a date can start with a
// number or a letter in, built on first use:
let everyLocale: readonly CompiledLocale[] | undefined;
/** Those that can read a date opening with a four-digit number (a layout opening with the year). */
let yearFirst: readonly CompiledLocale[];
/** Those that can read one opening with 3 or 5+ digits: none, unless a spelling opens with a digit. */
let digitSpelled: readonly CompiledLocale[];
/** Those that spell what a date opening with a letter opens with, found in one walk. */
let starting: StarterIndex;

/**
 * The compiled locales to try at a date that starts at `pos` with a letter (`atLetter`) or a
 * digit. Without `codes` (every registered locale, the common case) the lists are built once: a
 * number no layout opens with (a day, month or hour has at most 2 digits, a year 4), or a word no
 * locale's month, weekday, day period or layout word spells, rules every locale out before any is
 * tried; a word rules in only the locales that spell it. With `codes`, every locale asked is
 * tried: one that spells no word starting there fails at its first trie lookup.
 */
function compiledCandidates(
  codes: readonly string[] | undefined,
  atLetter: boolean,
  text: string,
  pos: number,
  limit: number,
): readonly CompiledLocale[] {
  if (codes !== undefined) return candidateLocales(codes).map(compileLocale);
  if (everyLocale === undefined) {
    const all = (everyLocale = candidateLocales(undefined).map(compileLocale));
    // A spelling that opens with a digit (`2月`): the first characters of its starter tries.
    const spellsDigit = (compiled: CompiledLocale): boolean =>
      compiled.starters.some((trie) => [...trie.next.keys()].some((char) => digitValue(char.charCodeAt(0)) >= 0));
    const opensWithYear = (compiled: CompiledLocale): boolean =>
      compiled.layouts.some((layout) => layout.find((item) => typeof item === 'string' || !item.optional) === 'Y');
    yearFirst = all.filter((compiled) => opensWithYear(compiled) || spellsDigit(compiled));
    digitSpelled = all.filter(spellsDigit);
    starting = starterIndex(all);
  }
  if (atLetter) return starting(text, pos, limit);
  const digits = digitRun(text, pos);
  return digits <= 2 ? everyLocale : digits === 4 ? yearFirst : digitSpelled;
}

/** The number of digits in the run that starts at `pos` (counted up to 5: more reads as 5). */
function digitRun(text: string, pos: number): number {
  let end = pos;
  while (end < text.length && end - pos < 5 && digitValue(text.charCodeAt(end)) >= 0) end++;
  return end - pos;
}

function candidateLocales(codes: readonly string[] | undefined): readonly DateLocale[] {
  if (codes === undefined) return [neutralLocale, ...dateLocales];
  if (!localesByCode) {
    localesByCode = new Map(dateLocales.map((locale) => [locale.code.toLowerCase(), locale]));
    for (const [alias, code] of LOCALE_ALIASES) {
      const locale = localesByCode.get(code);
      if (locale && !localesByCode.has(alias)) localesByCode.set(alias, locale);
    }
  }
  const result: DateLocale[] = [neutralLocale];
  for (const code of codes) {
    const lower = code.toLowerCase();
    const locale = localesByCode.get(lower) ?? localesByCode.get(lower.split(/[-_]/, 1)[0] ?? '');
    if (locale && !result.includes(locale)) result.push(locale);
  }
  return result;
}

/** The longest date, date + time or time + date of one locale at `pos`. */
function matchInLocale(compiled: CompiledLocale, text: string, pos: number, limit: number): DateMatch | null {
  const iso = compiled.locale === neutralLocale;
  let date: DateHit | null = null;
  let time: TimeHit | null = null;
  let end = -1;

  const dateFirst = matchDate(compiled, text, pos, limit);
  if (dateFirst) {
    date = dateFirst;
    end = dateFirst.end;
    let q = skipInlineSpace(text, dateFirst.end, limit);
    for (let i = 0; i < 2; i++) {
      const connector = matchTrie(compiled.connectors, text, q, limit);
      if (!connector) break;
      q = skipInlineSpace(text, connector.end, limit);
    }
    const after = readTime(compiled, text, q, limit, iso);
    if (after) {
      time = after;
      end = after.end;
    }
  }

  const before = readTime(compiled, text, pos, limit, iso);
  if (before) {
    let q = skipInlineSpace(text, before.end, limit);
    timeDateSeparators ??= trieOf(TIME_DATE_SEPARATORS);
    const separator = matchTrie(timeDateSeparators, text, q, limit);
    if (separator) q = skipInlineSpace(text, separator.end, limit);
    const dateAfter = matchDate(compiled, text, q, limit);
    if (dateAfter && dateAfter.end > end) {
      date = dateAfter;
      time = before;
      end = dateAfter.end;
    }
  }

  if (!date) return null;
  return {
    iso: `${date.year}-${pad2(date.month)}-${pad2(date.day)}${time ? time.iso : ''}`,
    precision: time ? time.precision : 'day',
    start: pos,
    end,
    locale: compiled.locale.code,
  };
}

/** A date at `pos`, optionally preceded or followed by a weekday that must agree with it. */
function matchDate(compiled: CompiledLocale, text: string, pos: number, limit: number): DateHit | null {
  let best = matchLayouts(compiled, text, pos, limit);
  if (!compiled.weekdays) return best;
  const weekday = matchTrie(compiled.weekdays, text, pos, limit);
  if (weekday) {
    let q = weekday.end;
    if (q < limit && isAbbreviationMark(text.charCodeAt(q))) q++;
    q = skipInlineSpace(text, q, limit);
    if (q < limit && (text.charCodeAt(q) === 0x2c || text.charCodeAt(q) === 0x60c)) q = skipInlineSpace(text, q + 1, limit);
    const dated = matchLayouts(compiled, text, q, limit);
    if (dated && weekdayOf(dated) === weekday.value && (!best || dated.end > best.end)) best = dated;
  }
  if (best) {
    // Some languages' full form puts the weekday last (`3 Eylül 2020 Perşembe`, `2020年9月3日木曜日`).
    const after = matchTrie(compiled.weekdays, text, skipInlineSpace(text, best.end, limit), limit);
    if (after && weekdayOf(best) === after.value) best = { ...best, end: after.end };
  }
  return best;
}

/** The weekday of a date, 0 (Sunday) to 6. */
function weekdayOf(date: DateHit): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

function matchLayouts(compiled: CompiledLocale, text: string, pos: number, limit: number): DateHit | null {
  let best: DateHit | null = null;
  for (const layout of compiled.layouts) {
    const hit = matchLayout(compiled, layout, text, pos, limit);
    if (hit && (!best || hit.end > best.end)) best = hit;
  }
  return best;
}

function matchLayout(compiled: CompiledLocale, layout: readonly LayoutItem[], text: string, pos: number, limit: number): DateHit | null {
  let p = pos;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let index = 0; index < layout.length; index++) {
    const item = layout[index]!;
    const q = index === 0 ? p : skipInlineSpace(text, p, limit);
    if (typeof item === 'object') {
      const hit = matchTrie(item.trie, text, q, limit);
      if (hit) p = hit.end;
      else if (!item.optional) return null;
      continue;
    }
    if (item === 'M') {
      const hit = matchTrie(compiled.months, text, q, limit);
      if (!hit) return null;
      month = hit.value + 1;
      p = hit.end;
      if (p < limit && isAbbreviationMark(text.charCodeAt(p))) p++;
      continue;
    }
    const number = readNumber(text, q, limit, item === 'Y' ? 4 : 2);
    if (number < 0) return null;
    p = numberEnd;
    if (item === 'Y') {
      if (p - q !== 4) return null;
      year = number;
      const era = compiled.locale.eraYears;
      if (era && year > era.above) year -= era.offset;
    } else if (item === 'N') {
      month = number;
    } else {
      day = number;
      const suffix = compiled.daySuffixes && matchTrie(compiled.daySuffixes, text, p, limit);
      if (suffix) p = suffix.end;
    }
  }
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, end: p };
}

/** A time at `pos`: `3:04 PM`, `15:04:05`, `午後3:04`, `15.04` (where the locale allows), with an optional zone. */
function readTime(compiled: CompiledLocale, text: string, pos: number, limit: number, iso: boolean): TimeHit | null {
  let p = pos;
  const periods = compiled.dayPeriods;
  const before = periods && matchTrie(periods, text, p, limit);
  let period = before?.value;
  if (before) p = skipInlineSpace(text, before.end, limit);
  let hour = readNumber(text, p, limit, 2);
  if (hour < 0) return null;
  let q = skipInlineSpace(text, numberEnd, limit);
  const separator = matchTrie(compiled.timeSeparators, text, q, limit);
  if (!separator) return null;
  q = skipInlineSpace(text, separator.end, limit);
  const minute = readNumber(text, q, limit, 2);
  if (numberEnd - q !== 2 || minute > 59) return null;
  let end = numberEnd;
  let second: number | undefined;
  // No bound check before the marks: a number read past `limit` is none.
  if (text.charCodeAt(end) === 0x3a) {
    const seconds = readNumber(text, end + 1, limit, 2);
    if (numberEnd - end === 3 && seconds <= 59) {
      second = seconds;
      end = numberEnd;
      // A fraction of a second (ISO only), read and dropped.
      if (iso && text.charCodeAt(end) === 0x2e && readNumber(text, end + 1, limit, 9) >= 0) end = numberEnd;
    }
  }
  if (period === undefined && periods && hour >= 1 && hour <= 12) {
    const hit = matchTrie(periods, text, skipInlineSpace(text, end, limit), limit);
    if (hit) {
      period = hit.value;
      end = hit.end;
    }
  }
  if (period !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (period === 1 ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  const suffix = compiled.timeSuffixes && matchTrie(compiled.timeSuffixes, text, skipInlineSpace(text, end, limit), limit);
  if (suffix) end = suffix.end;
  const zone = readZone(text, end, limit, iso);
  return {
    iso: `T${pad2(hour)}:${pad2(minute)}${second === undefined ? '' : `:${pad2(second)}`}${zone ? formatUtcOffset(zone.offset) : ''}`,
    precision: second === undefined ? 'minute' : 'second',
    end: zone ? zone.end : end,
  };
}

/**
 * A zone after a time: a listed abbreviation in capitals (`PDT`), `UTC`/`GMT` with an optional
 * offset (`GMT+2`, `UTC-05:30`), or a numeric offset (`+0200`, `-07:00`) after a space (or glued,
 * in ISO date-times).
 */
function readZone(text: string, pos: number, limit: number, iso: boolean): { offset: number; end: number } | null {
  const q = skipInlineSpace(text, pos, limit);
  if (q >= limit) return null;
  const code = text.charCodeAt(q);
  if (isSign(code)) {
    if (q === pos && !iso) return null;
    return readOffset(text, q, limit, iso ? OffsetForm.Iso : OffsetForm.Spaced);
  }
  if (!isCapital(code)) return null;
  let i = q;
  while (i < limit && i - q < 5 && isCapital(text.charCodeAt(i))) i++;
  if (isLetterAt(text, i) || digitValue(text.charCodeAt(i)) >= 0) return null;
  const abbreviation = text.slice(q, i);
  const offset = timeZoneOffset(abbreviation);
  if (offset === undefined) return null;
  if (offset === 0 && (abbreviation === 'UTC' || abbreviation === 'GMT' || abbreviation === 'UT')) {
    const relative = i < limit && isSign(text.charCodeAt(i)) ? readOffset(text, i, limit, OffsetForm.Relative) : null;
    if (relative) return relative;
  }
  return { offset, end: i };
}

/** Where a numeric offset stands: in an ISO date-time, after a space, or after `UTC`/`GMT`. */
enum OffsetForm {
  Iso,
  Spaced,
  Relative,
}

/**
 * `±HH:MM` / `±HHMM` (and `±HH` in ISO); after `UTC`/`GMT` also `±H` and `±H:MM`.
 */
function readOffset(text: string, pos: number, limit: number, form: OffsetForm): { offset: number; end: number } | null {
  let hours = readNumber(text, pos + 1, limit, 4);
  const digits = numberEnd - pos - 1;
  if (hours < 0 || digits === 3 || (digits === 1 && form !== OffsetForm.Relative)) return null;
  let minutes = 0;
  let end = numberEnd;
  if (digits === 4) {
    minutes = hours % 100;
    hours = Math.floor(hours / 100);
  } else {
    // `:MM`, which a number read past `limit` cannot give.
    const tail = text.charCodeAt(end) === 0x3a ? readNumber(text, end + 1, limit, 2) : -1;
    if (tail >= 0 && numberEnd - end === 3) {
      minutes = tail;
      end = numberEnd;
    } else if (form === OffsetForm.Spaced) {
      return null;
    }
  }
  if (hours > 14 || minutes > 59) return null;
  return { offset: (text.charCodeAt(pos) === 0x2b ? 1 : -1) * (hours * 60 + minutes), end };
}

/**
 * Where the number {@link readNumber} read last ends; its own start when it read none. Every digit
 * is one UTF-16 unit, so `numberEnd - start` is the number of digits read. A module variable
 * rather than a returned object: numbers are read at every try of every layout.
 */
let numberEnd = 0;

/** Reads a run of decimal digits of at most `maxDigits` (a longer run is not a match): its value, or -1 (and {@link numberEnd}). */
function readNumber(text: string, pos: number, limit: number, maxDigits: number): number {
  let value = 0;
  let i = pos;
  while (i < text.length && i - pos <= maxDigits) {
    const digit = digitValue(text.charCodeAt(i));
    if (digit < 0) break;
    value = value * 10 + digit;
    i++;
  }
  numberEnd = i === pos || i - pos > maxDigits || i > limit ? pos : i;
  return numberEnd === pos ? -1 : value;
}

/**
 * The number of days in a month (1–12) of the Gregorian calendar.
 *
 * @example
 * daysInMonth(2024, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  // 31 days in the odd months up to July and the even ones from August (month >> 3 is 1 from August).
  return 30 + ((month + (month >> 3)) & 1);
}

function isAbbreviationMark(code: number): boolean {
  return code === 0x2e || code === 0x05f3;
}

function isSign(code: number): boolean {
  return code === 0x2b || code === 0x2d || code === 0x2212;
}

function isCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}
