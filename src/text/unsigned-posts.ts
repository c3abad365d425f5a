import { type KnownPlatform, platforms } from '../platforms/index.js';
import { CoveredRanges, isInlineSpace, isLineBreak, isSpace, type Range } from '../kit/index.js';
import { MAX_POST_LENGTH, weightedLength } from './post-length.js';
import type { Signature } from './signature-scanner.js';

/** How long a media link's slug may be (`pic.twitter.com/` + about ten characters in practice). */
const MAX_MEDIA_LINK = 64;

/** Every platform's media-link hosts (`pic.twitter.com`), with the platform, from the registry. */
const MEDIA_HOSTS: readonly { host: string; platform: KnownPlatform }[] = platforms.flatMap((platform) =>
  (platform.mediaHosts ?? []).map((host) => ({ host, platform })),
);

/**
 * Finds posts whose signature the scraper lost but whose media link survived: a line that ends in a
 * tweet's media link (`… -Jkw pic.twitter.com/sk3H5LOX92`) outside every embed found so far: a
 * link on one of a platform's `mediaHosts`. Only the platform writes these links (Twitter), always at the end of the post's text, so such a line is a post
 * body; a line longer than any post is prose that cites one and is left alone. Each post is given
 * as a zero-width `unsigned` signature just past its link, so the body rules can work on it; its
 * author, handle and date are unknown.
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
    const end = linkEndingLine(text, linkStart);
    if (end === null) continue;
    // A host inside this link's slug is not another link.
    slash = end - 1;
    if (inside.overlaps(linkStart, linkStart + 1)) continue;
    // The line's start: the nearest break before the link, never looking again at text already seen.
    let i = linkStart;
    while (i > scannedTo && !isLineBreak(text.charCodeAt(i - 1))) i--;
    if (i > scannedTo) lineStart = i;
    scannedTo = linkStart;
    if (weightedLength(text, lineStart, end, MAX_POST_LENGTH) > MAX_POST_LENGTH) continue;
    found.push({
      platform: media.platform,
      markup: 'unsigned',
      start: end,
      end,
      name: null,
      handle: null,
      date: null,
      dateText: null,
      post: null,
    });
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
 * The end of the media link at `at` when it has a slug and only whitespace follows it to the end
 * of its line, else null.
 */
function linkEndingLine(text: string, at: number): number | null {
  let end = at;
  const limit = Math.min(text.length, at + MAX_MEDIA_LINK);
  while (end < limit && !isSpace(text.charCodeAt(end))) end++;
  if (end === limit && end < text.length && !isSpace(text.charCodeAt(end))) return null;
  if (text.charCodeAt(end - 1) === 0x2f /* / */) return null;
  for (let i = end; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isLineBreak(code)) break;
    if (!isInlineSpace(code)) return null;
  }
  return end;
}
