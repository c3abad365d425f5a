import { type DateMatch, matchDateAt } from '../dates/index.js';
import type { KnownPlatform } from '../platforms/index.js';
import { isInlineSpace, isLineBreak, skipInlineSpace } from '../kit/index.js';
import { formSignature } from './form-signature.js';
import { AnchorKind, type PhraseAnchor } from './phrase-anchors.js';
import type { Signature } from './signature-scanner.js';

/** How far after the phrase the date may start (the page name stands between). */
const MAX_NAME = 120;
/** The longest word taken for the connector between the name and the date (`on`, `en`, `sur`, `pada`). */
const MAX_CONNECTOR = 4;

/**
 * Finds attributions that stand after a post's text, `Posted by Name on Date`: what Facebook's
 * embed leaves when flattened (`… Posted by City of Aldergrove on Thursday, September 3, 2020`),
 * in each language a platform lists in `text.postedByPhrases`, at the `posted-by` anchors that
 * {@link findPhraseAnchors} found. The date must name the weekday, as Facebook writes it: a byline
 * (`Posted by Jane Doe on March 3, 2020`) is not taken. Each is given as a `posted-by` signature
 * whose name is the page or person; there is no handle.
 *
 * Linear: the reading after each anchor is bounded.
 *
 * @example
 * const text = 'Park reopens. Posted by City of Aldergrove on Thursday, September 3, 2020';
 * findPostedBy(text, findPhraseAnchors(text))[0]?.name; // 'City of Aldergrove'
 */
export function findPostedBy(text: string, anchors: readonly PhraseAnchor[]): Signature[] {
  const found: Signature[] = [];
  // The date cache and the stop scan are built at the first anchor: most texts have none.
  let dateAt: DateAt | undefined;
  let stops: StopFinder | undefined;
  for (const anchor of anchors) {
    if (anchor.kind !== AnchorKind.PostedBy) continue;
    dateAt ??= recentDates(text);
    stops ??= stopFinder(text, dateAt);
    const signature = readPostedBy(text, anchor.start, anchor.end, anchor.platform, dateAt, stops);
    if (signature !== null) found.push(signature);
  }
  return found;
}

/** A date lookup at an offset of the text: {@link matchDateAt} with default options. */
type DateAt = (index: number) => DateMatch | null;

/** Slots of the cache in {@link recentDates}: more than the span one anchor reads (MAX_NAME plus a date). */
const CACHE_SLOTS = 512;

/**
 * matchDateAt on `text`, remembering the last result at each offset modulo 512: a date's weekday
 * check reads offsets inside the date that the scan for the next date reads again.
 */
function recentDates(text: string): DateAt {
  const offsets = new Int32Array(CACHE_SLOTS).fill(-1);
  const dates: (DateMatch | null)[] = new Array<DateMatch | null>(CACHE_SLOTS).fill(null);
  return (index) => {
    const slot = index % CACHE_SLOTS;
    if (offsets[slot] === index) return dates[slot] ?? null;
    const date = matchDateAt(text, index);
    offsets[slot] = index;
    dates[slot] = date;
    return date;
  };
}

/** The first stop (a line break, or a word starting a date that names its weekday) in [from, limit), or -1. */
type StopFinder = (from: number, limit: number) => number;

/**
 * What ends the reading of a name after `Posted by`: a line break (no attribution) or a date
 * naming its weekday at a word start (the attribution). Whether an offset is a stop depends on the
 * offset alone, so anchors close together (`Posted by` repeated) share one forward scan: with
 * anchors in text order each offset is looked at once, and the work stays linear in the text
 * instead of growing with anchors × MAX_NAME date lookups.
 */
function stopFinder(text: string, dateAt: DateAt): StopFinder {
  const isStop = (i: number): boolean => {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) return true;
    if (!isInlineSpace(text.charCodeAt(i - 1)) || isInlineSpace(code)) return false;
    const date = dateAt(i);
    return date !== null && namesWeekday(text, date, dateAt);
  };
  // Every offset in [scanStart, scanEnd) is known not to be a stop; scanEnd is one when `found`.
  let scanStart = 0;
  let scanEnd = 0;
  let found = false;
  return (from, limit) => {
    if (from < scanStart || from > scanEnd) {
      scanStart = from;
      scanEnd = from;
      found = false;
    }
    while (!found && scanEnd < limit) {
      if (isStop(scanEnd)) found = true;
      else scanEnd++;
    }
    return found && scanEnd < limit ? scanEnd : -1;
  };
}

function readPostedBy(
  text: string,
  start: number,
  phraseEnd: number,
  platform: KnownPlatform,
  dateAt: DateAt,
  stops: StopFinder,
): Signature | null {
  if (!isInlineSpace(text.charCodeAt(phraseEnd))) return null;
  const nameStart = skipInlineSpace(text, phraseEnd);
  const limit = Math.min(text.length, nameStart + MAX_NAME);
  const i = stops(nameStart + 1, limit);
  if (i < 0 || isLineBreak(text.charCodeAt(i))) return null;
  const date = dateAt(i);
  if (date === null) return null;
  const name = withoutConnector(text.slice(nameStart, i).trim().replace(/\s+/g, ' '));
  if (name.length === 0) return null;
  return formSignature(text, platform, 'posted-by', start, date.end, name, null, date, null);
}

/** Whether the date opens with a word the rest of the date can do without: the weekday. */
function namesWeekday(text: string, date: DateMatch, dateAt: DateAt): boolean {
  let i = date.start;
  while (i < date.end && !isInlineSpace(text.charCodeAt(i))) i++;
  while (i < date.end && isInlineSpace(text.charCodeAt(i))) i++;
  if (i >= date.end) return false;
  return dateAt(i)?.end === date.end;
}

/** The name without the short connector word before the date (`City of Aldergrove on` → `City of Aldergrove`). */
function withoutConnector(name: string): string {
  const space = name.lastIndexOf(' ');
  const last = name.slice(space + 1);
  return last.length <= MAX_CONNECTOR && last === last.toLowerCase() ? name.slice(0, Math.max(space, 0)) : name;
}
