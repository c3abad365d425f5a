import { type KnownPlatform, platforms, type PostRef } from '../platforms/index.js';
import { endsLine, isSpace, opensLine } from '../kit/index.js';

/** The longest permalink read on a line of its own. */
const MAX_URL = 400;

/** A post permalink standing alone on its line. */
export interface StatusUrlLine {
  /** The platform whose permalink it is. */
  platform: KnownPlatform;
  /** The post it points to. */
  post: PostRef;
  /** Offset of the URL's first character. */
  start: number;
  /** Offset just past the URL. */
  end: number;
}

/**
 * Finds post permalinks that stand alone on a line: what an embed leaves when the page kept only
 * the URL it was made from (a WordPress or CMS embed block flattened to text). Each `://` is looked
 * at once and the reading around it is bounded, so the scan is linear.
 *
 * @example
 * findStatusUrlLines('Intro.\n\nhttps://twitter.com/jack/status/20\n\nMore.')[0]?.post.id; // '20'
 */
export function findStatusUrlLines(text: string): StatusUrlLine[] {
  const found: StatusUrlLine[] = [];
  let at = text.indexOf('://');
  while (at !== -1) {
    const line = readUrlLine(text, at);
    if (line !== null) found.push(line);
    at = text.indexOf('://', line === null ? at + 3 : line.end);
  }
  return found;
}

function readUrlLine(text: string, colon: number): StatusUrlLine | null {
  const start = colon - (text.startsWith('https', colon - 5) ? 5 : 4);
  if (start < 0 || !/^https?$/i.test(text.slice(start, colon))) return null;
  // Only whitespace between the line start and the URL, and after it to the line end.
  if (!opensLine(text, start)) return null;
  let end = colon + 3;
  const limit = Math.min(text.length, start + MAX_URL);
  while (end < limit && !isSpace(text.charCodeAt(end))) end++;
  if (!endsLine(text, end)) return null;
  const url = text.slice(start, end);
  for (const platform of platforms) {
    const post = platform.parsePermalink(url);
    if (post !== null) return { platform, post, start, end };
  }
  return null;
}
