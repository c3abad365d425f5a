/**
 * Host-name matching for URL extraction, in linear time.
 *
 * twitter-text matches a host with `subdomain* domainName TLD`, greedy, where a label runs up to the
 * next dot. Its regex engine retries that from every start position, which is quadratic on long
 * dotted or dotless runs. Here the same result is computed with memoised per-position tables:
 * the end of each label run is found once, and the outcome of "labels from here on" is stored at
 * every position after a dot, so each start costs O(1) amortised.
 */
import { isAsciiLabelChar, isHostRunChar } from './characters.js';
import { matchTld } from './tld-lookup.js';
import { isGluedStart, type ScanContext } from './scan-context.js';
import { Scratch, zeroedInt32 } from './scratch.js';

/** Code units, and the "no match" result (an enum, so that bundlers write the numbers in place). */
enum Host {
  FAIL = -1,
  DOT = 0x2e,
  UNDERSCORE = 0x5f,
  HYPHEN = 0x2d,
}

/**
 * The end of the run of label characters starting at `start` (`start` itself when there is none),
 * never past `limit` and never into a glued link start after `start`. The characters are
 * {@link isAsciiLabelChar}'s with `asciiOnly`, else domain characters, `-` and `_`. Memoised in
 * `runEnds` (end plus one per position, 0 = not computed): a scan that reaches a known position
 * takes its end, so each position is scanned once. With `underscores`, also records for each
 * position scanned the first `_` at or after it within its run (the run end if none), plus one.
 * (A flag rather than a predicate argument: a call through a parameter in the per-character loop
 * cost a tenth of extractEntities' time.)
 */
function labelRunEnd(
  ctx: ScanContext,
  start: number,
  limit: number,
  asciiOnly: boolean,
  runEnds: Int32Array,
  underscores?: Int32Array,
): number {
  if (start >= limit) return start;
  const known = runEnds[start]!;
  if (known !== 0) return known - 1;
  const { text, glued } = ctx;
  let j = start;
  let end = -1;
  while (j < limit) {
    if (j > start && isGluedStart(ctx, j)) break;
    if (runEnds[j] !== 0) {
      end = runEnds[j]! - 1;
      break;
    }
    const code = text.charCodeAt(j);
    if (asciiOnly ? !isAsciiLabelChar(code) : !isHostRunChar(code, glued)) break;
    j++;
  }
  if (end < 0) end = j;
  for (let k = start; k < j; k++) runEnds[k] = end + 1;
  if (j === start) runEnds[start] = start + 1;
  if (underscores !== undefined) {
    let firstUnderscore = j < end ? underscores[j]! - 1 : end;
    for (let k = j - 1; k >= start; k--) {
      if (text.charCodeAt(k) === Host.UNDERSCORE) firstUnderscore = k;
      underscores[k] = firstUnderscore + 1;
    }
  }
  return end;
}

/**
 * Finds where twitter-text's `validDomain` (subdomains, a domain name and a TLD) ends when it starts
 * at a given index. Labels consist of domain characters (anything but ASCII punctuation, spaces and
 * directional marks) plus inner `-`, and in subdomains also inner `_`; they may not start or end
 * with `-` or `_`. More subdomains are preferred, as the greedy regex does.
 *
 * Returns the matcher for one text: the host's end from a start index, or -1. Its tables are
 * built on first use and kept for the text's later starts.
 *
 * @example
 * const hostEndFrom = hostMatcher(createScanContext('http://www.foo.co.uk/x', false));
 * hostEndFrom(7); // 20
 */
export function hostMatcher(ctx: ScanContext): (start: number) => number {
  const { text } = ctx;
  const size = text.length + 1;
  /** End of the label run through each index, plus one (0 = not computed). */
  let runEnds: Int32Array | undefined;
  /** First `_` at or after each index within its run (run end if none), plus one. */
  let underscores: Int32Array | undefined;
  /** Memoised results plus two (0 = not computed, 1 = no match). */
  let memo: Int32Array | undefined;

  /** End of the run of label characters starting at `start` (== start when there is none). */
  const runEnd = (start: number): number => {
    runEnds ??= zeroedInt32(Scratch.hostRunEnds, size);
    underscores ??= zeroedInt32(Scratch.hostUnderscores, size);
    return labelRunEnd(ctx, start, text.length, false, runEnds, underscores);
  };

  /** Whether `[start, end)` is a subdomain label: starts and ends with a domain character. */
  const isSubdomainLabel = (start: number, end: number): boolean => {
    if (end <= start) return false;
    const first = text.charCodeAt(start);
    const last = text.charCodeAt(end - 1);
    return first !== Host.UNDERSCORE && first !== Host.HYPHEN && last !== Host.UNDERSCORE && last !== Host.HYPHEN;
  };

  /** The label starting at `start` if a dot follows it, else -1. */
  const dottedLabelEnd = (start: number): number => {
    const end = runEnd(start);
    if (end === start || end >= text.length || text.charCodeAt(end) !== Host.DOT) return Host.FAIL;
    return isSubdomainLabel(start, end) ? end : Host.FAIL;
  };

  // Iterative (no recursion) so that a megabyte of `a.a.a.…` cannot overflow the stack.
  return (start) => {
    memo ??= zeroedInt32(Scratch.hostMemo, size);
    const pending: number[] = [];
    let tail = Host.FAIL;
    let cursor = start;
    for (;;) {
      const known = memo[cursor]!;
      if (known !== 0) {
        tail = known - 2;
        break;
      }
      const labelEnd = dottedLabelEnd(cursor);
      if (labelEnd === Host.FAIL) {
        memo[cursor] = Host.FAIL + 2;
        tail = Host.FAIL;
        break;
      }
      pending.push(cursor);
      cursor = labelEnd + 1;
    }
    // Resolve right to left: keep the longer match from the next label on, else end here with a TLD
    // after a domain-name label (a subdomain label without `_`).
    for (let k = pending.length - 1; k >= 0; k--) {
      const labelStart = pending[k]!;
      if (tail === Host.FAIL) {
        const labelEnd = runEnd(labelStart);
        if (isSubdomainLabel(labelStart, labelEnd) && underscores![labelStart]! - 1 >= labelEnd) {
          tail = matchTld(ctx, labelEnd + 1, text.length);
        }
      }
      memo[labelStart] = tail + 2;
    }
    return tail;
  };
}

/**
 * The `[start, end]` pairs, in text order, of the ASCII hosts inside the span `[start, end)`.
 *
 * @example
 * const find: AsciiHostScanner = asciiHostScanner(createScanContext('a.com', false));
 */
export type AsciiHostScanner = (start: number, end: number) => Array<[number, number]>;

/**
 * Finds twitter-text's `validAsciiDomain` matches (`([-a-z0-9 latin-accents]+\.)+TLD`, global)
 * inside one host span. For protocol-less URLs only these parts are extracted, so
 * `これは日本語です。example.com` yields `example.com`. Linear in the same way as
 * {@link hostMatcher}; spans passed in must not overlap (they don't: URL matches never do).
 *
 * Returns the scanner for one text: every match in `[start, end)`, as `[start, end]` pairs in
 * text order.
 *
 * @example
 * const asciiHosts = asciiHostScanner(createScanContext('example.comてすとtwitter.みんな', false));
 * asciiHosts(0, 25); // [[0, 11], [14, 25]]
 */
export function asciiHostScanner(ctx: ScanContext): AsciiHostScanner {
  const { text } = ctx;
  const size = text.length + 1;
  let runEnds: Int32Array | undefined;
  let memo: Int32Array | undefined;
  let limit = 0;

  const dottedLabelEnd = (start: number): number => {
    if (start >= limit) return Host.FAIL;
    runEnds ??= zeroedInt32(Scratch.asciiRunEnds, size);
    const end = labelRunEnd(ctx, start, limit, true, runEnds);
    if (end === start || end >= limit || text.charCodeAt(end) !== Host.DOT) return Host.FAIL;
    return end;
  };

  /** `(label\.)* TLD` at `start`, greedy, memoised; -1 if nothing matches. */
  const labelsThenTld = (start: number): number => {
    memo ??= zeroedInt32(Scratch.asciiMemo, size);
    const pending: number[] = [];
    let tail = Host.FAIL;
    let cursor = start;
    let resolved = false;
    for (;;) {
      const known = memo[cursor]!;
      if (known !== 0) {
        tail = known - 2;
        resolved = true;
        break;
      }
      pending.push(cursor);
      const labelEnd = dottedLabelEnd(cursor);
      if (labelEnd === Host.FAIL) break;
      cursor = labelEnd + 1;
    }
    if (!resolved) tail = Host.FAIL;
    for (let k = pending.length - 1; k >= 0; k--) {
      const position = pending[k]!;
      if (tail === Host.FAIL) tail = matchTld(ctx, position, limit);
      memo[position] = tail + 2;
    }
    return tail;
  };

  return (start, end) => {
    limit = end;
    const matches: Array<[number, number]> = [];
    let i = start;
    while (i < end) {
      const labelEnd = dottedLabelEnd(i);
      const matchEnd = labelEnd === Host.FAIL ? Host.FAIL : labelsThenTld(labelEnd + 1);
      if (matchEnd === Host.FAIL) {
        i++;
        continue;
      }
      matches.push([i, matchEnd]);
      i = matchEnd;
    }
    return matches;
  };
}
