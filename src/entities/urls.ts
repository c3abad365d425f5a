/**
 * URL scanning with twitter-text's rules (`extractUrlsWithIndices`), as one left-to-right pass that
 * reproduces what its global `extractUrl` regex would match, without its backtracking.
 */
import { isAsciiAlnum, isDomainChar, isHostRunChar, isUrlPrecedingChar } from './characters.js';
import { asciiLabelLength, Dns } from './punycode.js';
import { EntityKind, isGluedStart, type FoundEntity, type ScanContext } from './scan-context.js';
import { asciiHostScanner, hostMatcher, type AsciiHostScanner } from './url-host.js';
import { scanQuery, scanUrlTail } from './url-tail.js';

/** Length limits (an enum, so that bundlers write the numbers in place). */
enum Limit {
  /** twitter-text's limit on a URL's length, counted with its protocol (or `https://`) and IDNA host. */
  MAX_URL_LENGTH = 4096,
  /** twitter-text's limit on a t.co slug. */
  MAX_TCO_SLUG_LENGTH = 40,
  /** 'https://'.length */
  DEFAULT_PROTOCOL_LENGTH = 8,
}

/**
 * `http://` or `https://`, any case, sticky. (Without the `u` flag, `i` folds no non-ASCII
 * character onto these ASCII letters, so this is the code-unit comparison it replaced.)
 */
const PROTOCOL = /https?:\/\//iy;

/** Length of `http://` or `https://` (any case) at `at`, or 0. */
function protocolLength(text: string, at: number): number {
  PROTOCOL.lastIndex = at;
  return PROTOCOL.test(text) ? PROTOCOL.lastIndex - at : 0;
}

/** A `-`, `_`, `.` or `/` right before a protocol-less URL disqualifies it. */
function blocksProtocolLessUrl(code: number): boolean {
  return code === 0x2d || code === 0x5f || code === 0x2e || code === 0x2f;
}

/**
 * twitter-text's `isValidUrl` for a URL of `urlLength` whose host is `[hostStart, hostEnd)`:
 * IDNA-encodable labels of 1–63 characters, and the length limit counted with `protocolLen`.
 */
function isValidUrl(
  ctx: ScanContext,
  asciiHosts: AsciiHostScanner,
  urlLength: number,
  protocolLen: number,
  hostStart: number,
  hostEnd: number,
): boolean {
  const host = ctx.text.slice(hostStart, hostEnd);
  if (host.startsWith('xn--') && asciiHosts(hostStart, hostEnd).length === 0) return false;
  let asciiHostLength = 0;
  let labelStart = 0;
  for (let i = 0; i <= host.length; i++) {
    if (i < host.length && host.charCodeAt(i) !== 0x2e) continue;
    const length = asciiLabelLength(host.slice(labelStart, i));
    if (length < 1 || length > Dns.MAX_LABEL_LENGTH) return false;
    asciiHostLength += length + (labelStart > 0 ? 1 : 0);
    labelStart = i + 1;
  }
  return protocolLen + urlLength + asciiHostLength - host.length <= Limit.MAX_URL_LENGTH;
}

/**
 * Where a URL with protocol whose host starts at `hostStart` and that the scan ended at `end`
 * ends: t.co links keep only their slug and an optional query; -1 drops a slug that is too long.
 */
function withProtocolEnd(ctx: ScanContext, hostStart: number, end: number): number {
  const { text } = ctx;
  if (text.slice(hostStart, hostStart + 5).toLowerCase() !== 't.co/') return end;
  const slugStart = hostStart + 5;
  let slugEnd = slugStart;
  while (slugEnd < end && isAsciiAlnum(text.charCodeAt(slugEnd))) slugEnd++;
  if (slugEnd === slugStart) return end;
  if (slugEnd - slugStart > Limit.MAX_TCO_SLUG_LENGTH) return -1;
  if (text.charCodeAt(slugEnd) === 0x3f && slugEnd < end) {
    const queryEnd = scanQuery(ctx, slugEnd + 1, end);
    if (queryEnd >= 0) return queryEnd;
  }
  return slugEnd;
}

/**
 * One text's URL scan. Its state is in ES private fields and methods, which a minifier renames
 * (public names would stay in the bundle), and which run as fast as public ones.
 */
class UrlScanner {
  readonly #ctx: ScanContext;
  readonly #hostEndFrom: (start: number) => number;
  readonly #asciiHosts: AsciiHostScanner;
  readonly #found: FoundEntity[] = [];
  /** The run of host characters last measured by {@link #mayStartAt}: `[#runFrom, #runStop)`. */
  #runFrom = -1;
  #runStop = -1;

  constructor(ctx: ScanContext) {
    this.#ctx = ctx;
    this.#hostEndFrom = hostMatcher(ctx);
    this.#asciiHosts = asciiHostScanner(ctx);
  }

  /**
   * A cheap necessary condition for {@link #tryAt}: a host is labels joined by dots, so the run of
   * host characters from `start` must end on a `.` followed by a domain character, or on the `:`
   * of `http:`/`https:`. Most word
   * starts of prose fail it, and skip the host tables. The run is measured once and shared by
   * every start inside it (a glued link start ends a run, as it ends a label), so the check costs
   * O(1) amortised per start and leaves the pass linear.
   */
  #mayStartAt(start: number): boolean {
    const { text } = this.#ctx;
    if (start < this.#runFrom || start >= this.#runStop) {
      let j = start;
      while (j < text.length && isHostRunChar(text.charCodeAt(j), this.#ctx.glued) && !(j > start && isGluedStart(this.#ctx, j))) j++;
      this.#runFrom = start;
      this.#runStop = j;
    }
    const stop = this.#runStop;
    // Reads stay inside the text (a read past its end would throw the optimised code away).
    if (stop >= text.length) return false;
    const code = text.charCodeAt(stop);
    // After the dot comes a label or the TLD: a domain character (so a sentence's full stop fails).
    // A dot that ends the text passes, as it always did: tryAt decides.
    if (code === 0x2e) return stop > start && (stop + 1 >= text.length || isDomainChar(text.charCodeAt(stop + 1), this.#ctx.glued));
    return code === 0x3a && (stop - start === 4 || stop - start === 5);
  }

  /**
   * The first index, not before `floor`, of the run of host characters that ends at `stop`: the
   * earliest start whose run (as {@link #mayStartAt} measures it) reaches `stop`.
   */
  #runStartBefore(stop: number, floor: number): number {
    let k = stop;
    while (k > floor && isHostRunChar(this.#ctx.text.charCodeAt(k - 1), this.#ctx.glued)) {
      k--;
      if (isGluedStart(this.#ctx, k)) break;
    }
    return k;
  }

  /**
   * Tries a URL starting at `start`, `before` being the code unit the regex consumed in front of it
   * (-1 at the start of the text). Returns the end of the consumed match, or -1 if nothing matched.
   * A match is consumed even when it is then rejected, as with twitter-text.
   */
  #tryAt(start: number, before: number): number {
    const { text } = this.#ctx;
    const protocol = protocolLength(text, start);
    let hostStart = start + protocol;
    let hostEnd = protocol > 0 ? this.#hostEndFrom(hostStart) : -1;
    const withProtocol = hostEnd >= 0;
    if (!withProtocol) {
      hostStart = start;
      hostEnd = this.#hostEndFrom(start);
      if (hostEnd < 0) return -1;
    }
    const { end, hasPath } = scanUrlTail(this.#ctx, hostEnd);
    const protocolLen = withProtocol ? protocol : Limit.DEFAULT_PROTOCOL_LENGTH;
    if (!isValidUrl(this.#ctx, this.#asciiHosts, end - start, protocolLen, hostStart, hostEnd)) return end;
    if (withProtocol) {
      const urlEnd = withProtocolEnd(this.#ctx, hostStart, end);
      if (urlEnd >= 0) this.#found.push({ kind: EntityKind.url, value: text.slice(start, urlEnd), start, end: urlEnd });
    } else if (before < 0 || !blocksProtocolLessUrl(before)) {
      // Only the ASCII-domain parts of the host are taken (each one a URL), and the path and what
      // follows it go with the last one when that one ends the host.
      const parts = this.#asciiHosts(hostStart, hostEnd);
      for (let k = 0; k < parts.length; k++) {
        const [partStart, partEnd] = parts[k]!;
        const urlEnd = k === parts.length - 1 && hasPath && partEnd === hostEnd ? end : partEnd;
        this.#found.push({ kind: EntityKind.url, value: text.slice(partStart, urlEnd), start: partStart, end: urlEnd });
      }
    }
    return end;
  }

  /** Every URL of the text, in order (see {@link scanUrls}). */
  scan(): FoundEntity[] {
    const { text } = this.#ctx;
    const n = text.length;
    let at = 0;
    let nextDot = -1;
    let nextColon = -1;
    let dots = true;
    let colons = true;
    while (at < n) {
      // A host run ends on a '.' (or a protocol on ':'): jump to the run before the next one, since
      // no start outside such a run can match (see mayStartAt). indexOf finds them natively.
      if (dots && nextDot <= at) dots = (nextDot = text.indexOf('.', at + 1)) >= 0;
      if (colons && nextColon <= at) colons = (nextColon = text.indexOf(':', at + 1)) >= 0;
      if (!dots && !colons) break;
      const anchor = !dots ? nextColon : !colons ? nextDot : Math.min(nextDot, nextColon);
      at = Math.max(at, this.#runStartBefore(anchor, at) - 1);
      // The regex tries, at each position: one preceding character then the URL, or (at 0) the URL.
      while (at < anchor) {
        let end = -1;
        if (isGluedStart(this.#ctx, at) && this.#mayStartAt(at)) end = this.#tryAt(at, at > 0 ? text.charCodeAt(at - 1) : -1);
        if (end < 0 && isUrlPrecedingChar(text.charCodeAt(at)) && this.#mayStartAt(at + 1)) end = this.#tryAt(at + 1, text.charCodeAt(at));
        if (end < 0 && at === 0 && this.#mayStartAt(0)) end = this.#tryAt(0, -1);
        if (end >= 0) {
          at = end;
          break;
        }
        at++;
      }
    }
    return this.#found;
  }
}

/**
 * Finds URLs as twitter-text's `extractUrlsWithIndices` does (protocol-less URLs included):
 *
 * - A URL may start at the beginning of the text or after anything but an ASCII letter or digit,
 *   `@`, `$`, `#` (or their full-width forms); protocol-less ones not after `-`, `_`, `.` or `/`.
 * - The host is `subdomain* domain TLD` with twitter-text's TLD list (internationalised TLDs and
 *   `xn--` punycode included); a TLD may not be followed by a letter, digit, `@`, `+` or `-`.
 * - Without a protocol only ASCII(-accented) domain parts are taken: `中国語example.com` gives
 *   `example.com`.
 * - Paths allow balanced parentheses and end on a letter, digit, `+ - = _ # /` or `)`; queries end
 *   on a letter, digit, `- _ & = # /`; trailing punctuation is left out.
 * - `t.co` links keep only the slug (≤ 40 characters, else dropped) and an optional query.
 * - Labels longer than 63 characters after IDNA encoding, and URLs over 4096, are dropped.
 *
 * In glued mode a URL may also start where a glued link was marked, and ends before it.
 *
 * Two deliberate differences from twitter-text 3.1, both where its indices disagree with its own
 * values: a protocol-less ASCII part is reported where it was found (twitter-text uses
 * `indexOf`, so in `ab.cdx＠ab.cd` it reports the first `ab.cd`), and the path is attached to the
 * last ASCII part only when that part ends the host (in `foo.com日本.中国/path` it reports
 * `foo.com`, not `foo.com/path` with indices spanning the whole host).
 *
 * @example
 * scanUrls(createScanContext('see example.com/a. and http://t.co/abc\'s', false)).map((u) => u.value);
 * // ['example.com/a', 'http://t.co/abc']
 */
export function scanUrls(ctx: ScanContext): FoundEntity[] {
  // Every host has a dot.
  return ctx.text.includes('.') ? new UrlScanner(ctx).scan() : [];
}
