import { matchDateAt } from '../dates/index.js';
import { isInlineSpace, isLineBreak, isSpace, skipInlineSpace, trimEnd, trimStart } from '../kit/index.js';
import { formSignature } from './form-signature.js';
import { lineAt, type LineTable } from './line-table.js';
import { MAX_POST_LENGTH } from './post-length.js';
import { isHandleChar, platformOfHandle, type Signature } from './signature-scanner.js';

/** The separators a card prints between the handle and the date: `•`, `·`, `∙`, `⋅`. */
const SEPARATORS = new Set([0x2022, 0x00b7, 0x2219, 0x22c5]);
/** The longest handle read back from the separator (a Bluesky domain handle can be long). */
const MAX_HANDLE = 253;
/** The longest display name (50 characters; emoji take two code units). */
const MAX_NAME = 64;
/** How much whitespace may stand between the card's parts. */
const MAX_GAP = 8;

/**
 * Finds posts printed as a platform's card: a header line `Name @handle · Date` (the separator
 * `·`, `•`, `∙` or `⋅`), then the post's text, on the same line or on the next, as Twitter's
 * own timeline and many sites and flatteners print a post:
 *
 * ```text
 * Mara Quell @maraquell • Mar 3, 2021 The ferry runs again from Monday. #harbour
 * ```
 *
 * The parts may also stand on lines of their own (`Mara Quell` / `@maraquell` / `·` /
 * `Mar 3, 2021`). The date must be a recognised one with its year, and the handle one of a
 * known platform: a `·` between words of prose is not a card. The name is the rest of the line
 * before the handle (or the short line above it); a heading in capitals glued before it
 * (`TOP POSTS Mara Quell`) is left out. The text runs to the end of its paragraph, never into
 * the next card, within a post's length; where the document separates paragraphs only by line
 * breaks (no blank line anywhere), it is the one line. Text longer than a post is not taken (`text: null`): the article
 * may have been glued to it. Each card is given as a `header` signature spanning the header and
 * the text, which it carries itself.
 *
 * Linear: each `@` is looked at once, and the reading around it is bounded.
 *
 * @example
 * const text = 'Reactions.\n\nMara Quell @maraquell • Mar 3, 2021 The ferry runs again.\n';
 * findHeaderCards(text, () => readLines(text))[0]?.text; // 'The ferry runs again.'
 */
export function findHeaderCards(text: string, lines: () => LineTable): Signature[] {
  const heads: Head[] = [];
  // Cards are found from their `@`, which prose rarely has: a native search for one character is
  // far faster than a regex pass for the separators.
  for (let at = text.indexOf('@'); at !== -1; ) {
    const floor = heads[heads.length - 1]?.date.end ?? 0;
    const head = at >= floor ? readHead(text, at, floor) : null;
    if (head !== null) heads.push(head);
    // A handle's own `@` (`user@instance`) is not looked at again.
    let next = at + 1;
    while (next < text.length && next - at <= MAX_HANDLE && isHandleChar(text.charCodeAt(next))) next++;
    at = text.indexOf('@', next);
  }
  return heads.map((head, index) => {
    const limit = heads[index + 1]?.start ?? text.length;
    const body = readBody(text, head.date.end, limit, lines());
    const end = body === null ? head.date.end : body.end;
    const ownText = body === null ? null : text.slice(body.start, body.end);
    return formSignature(text, head.platform, 'header', head.start, end, head.name, head.handle, head.date, null, ownText);
  });
}

/** A card's header: `Name @handle · Date`. */
interface Head extends Pick<Signature, 'platform' | 'name' | 'handle'> {
  /** Where the card begins (its name, else its handle). */
  start: number;
  /** The date. */
  date: NonNullable<Signature['date']>;
}

/** The header whose handle's `@` stands at `at`, or null; nothing before `floor` is read. */
function readHead(text: string, at: number, floor: number): Head | null {
  // `@handle`, whitespace, the separator, whitespace, a date.
  if (at > 0 && !isSpace(text.charCodeAt(at - 1))) return null;
  let handleEnd = at + 1;
  const handleLimit = Math.min(text.length, at + 1 + MAX_HANDLE);
  while (handleEnd < handleLimit && isHandleChar(text.charCodeAt(handleEnd))) handleEnd++;
  if (handleEnd === at + 1) return null;
  const separator = skipSpace(text, handleEnd);
  if (separator === handleEnd || !SEPARATORS.has(text.charCodeAt(separator))) return null;
  const handle = text.slice(at + 1, handleEnd);
  const platform = platformOfHandle(handle);
  if (platform === null) return null;
  const dateStart = skipSpace(text, separator + 1);
  if (dateStart === separator + 1) return null;
  const date = matchDateAt(text, dateStart);
  if (date === null || date.start !== dateStart) return null;
  const name = readName(text, at, floor);
  return { platform, name: name?.name ?? null, handle, start: name?.start ?? at, date };
}

/**
 * The display name before the handle at `handleAt`: the rest of its line, or, when the handle
 * opens its line, the line above when it is short and directly above. Null when there is none or
 * it is longer than a name can be.
 */
function readName(text: string, handleAt: number, floor: number): { name: string; start: number } | null {
  let end = handleAt;
  while (end > floor && isInlineSpace(text.charCodeAt(end - 1))) end--;
  if (end > floor && isLineBreak(text.charCodeAt(end - 1))) {
    // The handle opens its line: the name is the line above, if one stands directly there.
    end--;
    if (text.charCodeAt(end) === 0x0a && text.charCodeAt(end - 1) === 0x0d) end--;
    while (end > floor && isInlineSpace(text.charCodeAt(end - 1))) end--;
    if (end <= floor || isLineBreak(text.charCodeAt(end - 1))) return null;
  }
  let start = end;
  const nameFloor = Math.max(floor, end - MAX_NAME - 1);
  while (start > nameFloor && !isLineBreak(text.charCodeAt(start - 1))) start--;
  if (start > floor && !isLineBreak(text.charCodeAt(start - 1))) return null;
  start = trimStart(text, start, end);
  if (start >= end) return null;
  const words = text.slice(start, end).split(/\s+/);
  const heading = capitalsHeading(words);
  const kept = words.slice(heading);
  if (heading > 0) start = text.indexOf(kept[0] as string, start);
  return { name: kept.join(' '), start };
}

/**
 * How many words at the start of a name are a heading in capitals glued before it (`TOP POSTS
 * Mara Quell`): two or more words in capitals, followed by two or more words that are not. A name
 * in capitals (`NASA JPL`) or with one word in capitals (`BBC Mundo`) is kept whole.
 */
function capitalsHeading(words: readonly string[]): number {
  let count = 0;
  while (count < words.length && isCapitals(words[count] as string)) count++;
  return count >= 2 && words.length - count >= 2 ? count : 0;
}

function isCapitals(word: string): boolean {
  return word.toUpperCase() === word && word.toLowerCase() !== word;
}

/**
 * The card's text after its date: from the rest of the date's line (or the line below, with at
 * most one blank line between) to the end of its paragraph, stopping before `limit` (the next
 * card). Where the document has no blank lines, only the one line. Null when there is no text or
 * its first line is longer than a post.
 */
function readBody(text: string, dateEnd: number, limit: number, table: LineTable): { start: number; end: number } | null {
  let start = skipInlineSpace(text, dateEnd, limit);
  let breaks = 0;
  while (start < limit && isSpace(text.charCodeAt(start))) {
    if (opensBreak(text, start) && ++breaks > 2) return null;
    start++;
  }
  if (start >= limit) return null;
  let line = lineAt(table, start);
  let end = trimEnd(text, start, Math.min(limit, table.ends[line] ?? limit));
  let length = table.weight(start, end);
  if (length > MAX_POST_LENGTH) return null;
  if (!table.blankLinesBetween) return { start, end };
  for (;;) {
    const next = line + 1;
    if (table.blank[next] !== false) break;
    const lineStart = table.starts[next] ?? limit;
    if (lineStart >= limit) break;
    const lineEnd = trimEnd(text, lineStart, Math.min(limit, table.ends[next] ?? limit));
    length += table.weight(lineStart, lineEnd, MAX_POST_LENGTH - length);
    if (length > MAX_POST_LENGTH) break;
    end = lineEnd;
    line = next;
  }
  return { start, end };
}

/** Whether a line break begins at `at` (the LF of a CRLF does not begin one). */
function opensBreak(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isLineBreak(code) && !(code === 0x0a && text.charCodeAt(at - 1) === 0x0d);
}

/** Past at most {@link MAX_GAP} whitespace characters (one line break at most). */
function skipSpace(text: string, at: number): number {
  let i = at;
  let breaks = 0;
  const stop = Math.min(text.length, at + MAX_GAP);
  while (i < stop && isSpace(text.charCodeAt(i))) {
    if (opensBreak(text, i) && ++breaks > 1) return at;
    i++;
  }
  return i;
}
