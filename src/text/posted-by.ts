import { matchDateAt } from '../dates/index.js';
import type { DateMatch } from '../dates/index.js';
import type { Platform } from '../platforms/index.js';
import { isInlineSpace, isLineBreak } from './characters.js';
import type { PhraseAnchor } from './phrase-anchors.js';
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
  for (const anchor of anchors) {
    if (anchor.kind !== 'posted-by') continue;
    const signature = readPostedBy(text, anchor.start, anchor.end, anchor.platform);
    if (signature !== null) found.push(signature);
  }
  return found;
}

function readPostedBy(text: string, start: number, phraseEnd: number, platform: Platform): Signature | null {
  if (!isInlineSpace(text.charCodeAt(phraseEnd))) return null;
  let nameStart = phraseEnd;
  while (nameStart < text.length && isInlineSpace(text.charCodeAt(nameStart))) nameStart++;
  const limit = Math.min(text.length, nameStart + MAX_NAME);
  for (let i = nameStart + 1; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) return null;
    if (!isInlineSpace(text.charCodeAt(i - 1)) || isInlineSpace(code)) continue;
    const date = matchDateAt(text, i);
    if (date === null || !namesWeekday(text, date)) continue;
    const name = withoutConnector(text.slice(nameStart, i).trim().replace(/\s+/g, ' '));
    if (name.length === 0) return null;
    const dateText = text.slice(date.start, date.end);
    return { platform, markup: 'posted-by', start, end: date.end, name, handle: null, date, dateText, post: null };
  }
  return null;
}

/** Whether the date opens with a word the rest of the date can do without: the weekday. */
function namesWeekday(text: string, date: DateMatch): boolean {
  let i = date.start;
  while (i < date.end && !isInlineSpace(text.charCodeAt(i))) i++;
  while (i < date.end && isInlineSpace(text.charCodeAt(i))) i++;
  if (i >= date.end) return false;
  return matchDateAt(text, i)?.end === date.end;
}

/** The name without the short connector word before the date (`City of Aldergrove on` → `City of Aldergrove`). */
function withoutConnector(name: string): string {
  const space = name.lastIndexOf(' ');
  const last = name.slice(space + 1);
  return last.length <= MAX_CONNECTOR && last === last.toLowerCase() ? name.slice(0, Math.max(space, 0)) : name;
}
