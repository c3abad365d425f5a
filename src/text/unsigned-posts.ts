import { type DateMatch, matchDateAt } from '../dates/index.js';
import { CoveredRanges, endsLine, isInlineSpace, isLineBreak, isSpace, type Range, skipInlineSpace } from '../kit/index.js';
import { type KnownPlatform, platforms } from '../platforms/index.js';
import { formSignature } from './form-signature.js';
import { MAX_POST_LENGTH, weightedLength } from './post-length.js';
import type { Signature } from './signature-scanner.js';

/** How long a media link's slug may be (`pic.twitter.com/` + about ten characters in practice). */
const MAX_MEDIA_LINK = 64;
/** How long the date after a media link may be (`May 20, 2019`, `20 mai 2019 à 14:05`). */
const MAX_DATE = 48;

/** Every platform's media-link hosts (`pic.twitter.com`), with the platform, from the registry. */
const MEDIA_HOSTS: readonly { host: string; platform: KnownPlatform }[] = platforms.flatMap((platform) =>
  (platform.mediaHosts ?? []).map((host) => ({ host, platform })),
);

/**
 * Finds posts whose signature the scraper lost but whose media link survived: a line that ends in a
 * tweet's media link (`… -Jkw pic.twitter.com/sk3H5LOX92`) outside every embed found so far: a
 * link on one of a platform's `mediaHosts`. Only the platform writes these links (Twitter), always
 * at the end of the post's text, so such a line is a post body; a line longer than any post is
 * prose that cites one and is left alone. Each post is given as an `unsigned` signature just past
 * its link, so the body rules can work on it; its author and handle are unknown.
 *
 * The embed's date link may survive too, right after the media link and often glued to it, as
 * `… pic.twitter.com/SFMG1IMNUoMay 20, 2019` (the author's name and handle went, the date's anchor
 * stayed): when a date runs from the link to the end of the line, it is the post's date and the
 * signature covers it.
 *
 * `covered` lists the spans of the embeds already found (body and signature). Linear: each media
 * link is looked at once and the reading around it is bounded.
 *
 * @example
 * findUnsignedPosts('Article.\nHappy new year! pic.twitter.com/sk3H5LOX92\nMore.', [])[0]?.start; // 51
 */
export function findUnsignedPosts(text: string, covered: readonly Range[]): Signature[] {
  const found: Signature[] = [];
  const inside = new CoveredRanges(covered);
  let lineStart = 0;
  let scannedTo = 0;
  // Links are found from their `/`, which prose rarely has: a native search for one character is
  // many times faster than any search for `pic.` (`p` is a common letter).
  for (let slash = text.indexOf('/'); slash !== -1; slash = text.indexOf('/', slash + 1)) {
    const media = mediaLinkAt(text, slash);
    if (media === null) continue;
    const linkStart = media.start;
    const ending = linkEndingLine(text, linkStart, slash + 1);
    if (ending === null) continue;
    const { end, date } = ending;
    // A host inside this link's slug is not another link.
    slash = end - 1;
    if (inside.overlaps(linkStart, linkStart + 1)) continue;
    // The line's start: the nearest break before the link, never looking again at text already seen.
    let i = linkStart;
    while (i > scannedTo && !isLineBreak(text.charCodeAt(i - 1))) i--;
    if (i > scannedTo) lineStart = i;
    scannedTo = linkStart;
    if (weightedLength(text, lineStart, end, MAX_POST_LENGTH) > MAX_POST_LENGTH) continue;
    found.push(formSignature(text, media.platform, 'unsigned', end, date === null ? end : date.end, null, null, date, null));
  }
  return found;
}

/** Where a media link whose host ends just before the `/` at `slash` starts, and whose it is; or null. */
function mediaLinkAt(text: string, slash: number): { start: number; platform: KnownPlatform } | null {
  for (const { host, platform } of MEDIA_HOSTS) {
    const start = slash - host.length;
    if (start >= 0 && text.startsWith(host, start)) return { start, platform };
  }
  return null;
}

/**
 * Where the media link at `at` (its slug from `slugStart`) ends when it ends its line: followed by
 * nothing but whitespace, or by a date that runs to the end of the line, glued to the slug or not
 * (then the date comes too); else null. The slug is read up to {@link MAX_MEDIA_LINK} and the date
 * up to {@link MAX_DATE} characters, so the work per link is bounded.
 */
function linkEndingLine(text: string, at: number, slugStart: number): { end: number; date: DateMatch | null } | null {
  let end = at;
  const limit = Math.min(text.length, at + MAX_MEDIA_LINK);
  while (end < limit && !isSpace(text.charCodeAt(end))) end++;
  if (end === limit && end < text.length && !isSpace(text.charCodeAt(end))) return datedEnding(text, slugStart, limit);
  if (text.charCodeAt(end - 1) === 0x2f /* / */) return null;
  if (endsLine(text, end)) return { end, date: null };
  return datedEnding(text, slugStart, end);
}

/**
 * A slug from `slugStart` ended by a date that runs to the end of its line: the date either starts
 * inside the run up to `runEnd` (glued: `SFMG1IMNUoMay 20, 2019`, the first place a whole date
 * starts) or after the spaces that follow it. Null when no such date exists.
 */
function datedEnding(text: string, slugStart: number, runEnd: number): { end: number; date: DateMatch } | null {
  let lineEnd = runEnd;
  const lineLimit = Math.min(text.length, runEnd + MAX_DATE);
  while (lineEnd < lineLimit && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
  if (lineEnd === lineLimit && lineEnd < text.length) return null;
  while (lineEnd > runEnd && isInlineSpace(text.charCodeAt(lineEnd - 1))) lineEnd--;
  // A slug has at least one character; the date then starts glued inside the run or after spaces.
  for (let from = slugStart + 1; from <= runEnd; from++) {
    let start = from;
    if (from === runEnd) {
      start = skipInlineSpace(text, start, lineEnd);
      if (start === runEnd) return null;
    }
    const candidate = text.slice(start, lineEnd);
    const date = matchDateAt(candidate, 0, { maxLength: MAX_DATE });
    if (date !== null && date.start === 0 && date.end === candidate.length) {
      return { end: from, date: { ...date, start: start + date.start, end: start + date.end } };
    }
  }
  return null;
}
