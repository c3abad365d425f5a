/**
 * What follows a URL's host: port, path and query, as twitter-text's `extractUrl` regex matches
 * them, computed by forward scans without backtracking.
 */
import { isAsciiDigit } from '../kit/index.js';
import { isPathChar, isPathEndChar, isQueryChar, isQueryEndChar } from './characters.js';
import { isGluedStart, type ScanContext } from './scan-context.js';

/** Code units (an enum, so that bundlers write the numbers in place). */
enum Code {
  OPEN = 0x28,
  CLOSE = 0x29,
}

/** End of the run of path characters from `from` (stops at a glued link after the first char). */
function pathRunEnd(ctx: ScanContext, from: number): number {
  const { text } = ctx;
  let i = from;
  while (i < text.length && isPathChar(text.charCodeAt(i)) && !(i > from && isGluedStart(ctx, i))) i++;
  return i;
}

/**
 * A balanced-parenthesis group at `open` as twitter-text allows it in paths (`(film)`, or one
 * nested level such as `(Album_Version_(Edited))`); returns its end or -1.
 */
function balancedParensEnd(ctx: ScanContext, open: number): number {
  const { text } = ctx;
  const first = pathRunEnd(ctx, open + 1);
  const after = text.charCodeAt(first);
  if (after === Code.CLOSE && first > open + 1 && !isGluedStart(ctx, first)) return first + 1;
  if (after !== Code.OPEN || isGluedStart(ctx, first)) return -1;
  const innerEnd = pathRunEnd(ctx, first + 1);
  if (innerEnd === first + 1 || text.charCodeAt(innerEnd) !== Code.CLOSE || isGluedStart(ctx, innerEnd)) return -1;
  const last = pathRunEnd(ctx, innerEnd + 1);
  if (text.charCodeAt(last) !== Code.CLOSE || isGluedStart(ctx, last)) return -1;
  return last + 1;
}

/**
 * Where a URL path that starts after a `/` at `from - 1` ends. Path characters and
 * balanced-parenthesis groups are read as far as they go; the path keeps everything up to the last
 * path-ending character (a letter, digit, `+ - = _ # /`), plus any groups that directly follow it,
 * so trailing `.`, `,`, `!`, `'` and the like are left out (`/path.` → `/path`).
 *
 * This is what twitter-text's `validUrlPath*` matches: its ending-character class is spliced in
 * without parentheses, so a unit is either "path characters and groups ending in an ending
 * character" or "one group". Returns `from` for a bare `/`.
 *
 * @example
 * const ctx = createScanContext("http://x.com/wiki/Primer_(film). x.com/a'(b)", false);
 * scanPath(ctx, 13); // 31 ('/wiki/Primer_(film)')
 * scanPath(ctx, 39); // 40 ('/a')
 */
function scanPath(ctx: ScanContext, from: number): number {
  const { text } = ctx;
  let i = from;
  let end = from;
  while (i < text.length && !(i > from && isGluedStart(ctx, i))) {
    const code = text.charCodeAt(i);
    if (isPathChar(code)) {
      i++;
      if (isPathEndChar(code)) end = i;
      continue;
    }
    if (code !== Code.OPEN) break;
    const group = balancedParensEnd(ctx, i);
    if (group < 0) break;
    if (i === end) end = group;
    i = group;
  }
  return end;
}

/**
 * Where a query string that starts after a `?` at `from - 1` ends (before `limit`): the run of query
 * characters up to its last query-ending character; -1 if it has none.
 *
 * @example
 * const ctx = createScanContext('x.com?a=b!', false);
 * scanQuery(ctx, 6, 10); // 9
 */
export function scanQuery(ctx: ScanContext, from: number, limit: number): number {
  const { text } = ctx;
  let end = -1;
  for (let i = from; i < limit; i++) {
    const code = text.charCodeAt(i);
    if (!isQueryChar(code) || (i > from && isGluedStart(ctx, i))) break;
    if (isQueryEndChar(code)) end = i + 1;
  }
  return end;
}

/**
 * Where the optional `:port`, `/path` and `?query` after a host ending at `hostEnd` end, and
 * whether a path was present (twitter-text attaches the path, and what follows it, to
 * protocol-less URLs only when there is one).
 *
 * @example
 * scanUrlTail(createScanContext('x.com:8080/a?b=1 more', false), 5); // { end: 16, hasPath: true }
 */
export function scanUrlTail(ctx: ScanContext, hostEnd: number): { end: number; hasPath: boolean } {
  const { text } = ctx;
  // Reads stop at the text's end (a read past it would throw the optimised code away), where no
  // port, path or query can start anyway.
  const at = (index: number): number => (index < text.length ? text.charCodeAt(index) : -1);
  let i = hostEnd;
  if (at(i) === 0x3a && isAsciiDigit(at(i + 1)) && !isGluedStart(ctx, i + 1)) {
    i += 2;
    while (i < text.length && isAsciiDigit(text.charCodeAt(i)) && !isGluedStart(ctx, i)) i++;
  }
  let hasPath = false;
  if (at(i) === 0x2f && !isGluedStart(ctx, i)) {
    i = scanPath(ctx, i + 1);
    hasPath = true;
  }
  if (at(i) === 0x3f && !isGluedStart(ctx, i)) {
    const queryEnd = scanQuery(ctx, i + 1, text.length);
    if (queryEnd >= 0) i = queryEnd;
  }
  return { end: i, hasPath };
}
