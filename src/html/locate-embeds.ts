import { facetList, type HtmlEmbedMatch, type HtmlTag, type KnownHtmlPlatform, htmlPlatforms } from '../platforms/index.js';
import { matchProxyIframe } from './proxy-iframes.js';
import { findRawTextEnd, htmlTag, isSpace, parseAttributes, RAW_TEXT_ELEMENTS, readTagAt, VOID_ELEMENTS } from '../kit/index.js';

/** How far up the open-element stack a closing tag looks for its element (bounds hostile nesting). */
const MAX_CLOSE_SEARCH = 64;
/** How many levels above an embed a CMS wrapper may stand. */
const MAX_WRAPPER_LEVELS = 3;
/** Class words of a CMS embed wrapper: the platforms' own (`twitter`), then any platform's. */
const WRAPPER_CLASS = new RegExp(
  facetList(htmlPlatforms, (platform) => platform.html.wrapperClassWords, ['embed', 'social']).join('|'),
  'i',
);

/**
 * An embed found in a page: its root element's extent, its wrapper's, and the form it is in.
 *
 * @example
 * // For '<div class="embed-twitter"><blockquote class="twitter-tweet">…</blockquote></div>':
 * // { platform: twitter, match: { markup: 'blockquote' }, start: 27, end: …, outerStart: 0, outerEnd: …, wrapper: 'div.embed-twitter' }
 */
export interface LocatedEmbed {
  /** The platform whose embed it is. */
  platform: KnownHtmlPlatform;
  /** The form. */
  match: HtmlEmbedMatch;
  /** Offset of the root element's `<`. */
  start: number;
  /** Offset just past the root element's end tag (or where it was implicitly closed). */
  end: number;
  /** Start of the outermost CMS wrapper holding only this embed, else `start`. */
  outerStart: number;
  /** End of that wrapper, else `end`. */
  outerEnd: number;
  /** The wrapper as `tag.class.class`, or null. */
  wrapper: string | null;
  /** For the `url` form: the bare permalink the wrapper holds; for `embedly-iframe`, the URL the iframe wraps. */
  bareUrl?: string;
}

interface OpenElement {
  name: string;
  start: number;
  /** Offset just past the start tag. */
  tagEnd: number;
  /** Index into `found` when this element is an embed root, else -1. */
  embed: number;
  /** How many embeds closed inside it. */
  embeds: number;
  /** The index of the first text run noted after it opened (see `TextRuns`). */
  firstRun: number;
  /** A bare permalink in its text, for CMS wrappers that hold only a URL. */
  bareUrl: string | null;
  /** Lazily parsed start tag. */
  tag: HtmlTag | null;
  /** The embed this element may be the CMS wrapper of (settled when it closes). */
  wrapped?: LocatedEmbed;
}

/**
 * Walks the tags of a page once, with a bounded open-element stack, and returns the root of every
 * embed in document order. Only start tags that hold a marker (see `findEmbedMarkers`) are asked
 * to the platforms; nothing is parsed into a DOM here. Text inside `<script>`, `<style>` and
 * other raw-text elements and inside comments is never read as markup, so selector strings and
 * escaped embed code are not embeds.
 *
 * @example
 * const html = '<blockquote class="twitter-tweet"><p>Hi</p>&mdash; A (@a) <a href="https://twitter.com/a/status/20">May 1, 2024</a></blockquote>';
 * locateEmbeds(html, findEmbedMarkers(html))[0]?.match.markup; // 'blockquote'
 */
export function locateEmbeds(html: string, markers: readonly number[]): LocatedEmbed[] {
  const found: LocatedEmbed[] = [];
  const stack: OpenElement[] = [];
  const runs = new TextRuns(html);
  let marker = 0;
  let openEmbeds = 0;

  const tagOf = (element: OpenElement): HtmlTag => {
    element.tag ??= htmlTag(element.name, parseAttributes(html.slice(element.start, element.tagEnd)));
    return element.tag;
  };
  const close = (index: number, end: number): void => {
    // Closes stack[index] and everything above it.
    while (stack.length > index) {
      const element = stack.pop() as OpenElement;
      const parent = stack[stack.length - 1];
      if (element.embed !== -1) {
        // Text read before a classless blockquote was promoted to an embed is not text beside it.
        runs.exclude(element.firstRun);
        openEmbeds--;
        const embed = found[element.embed] as LocatedEmbed;
        embed.end = end;
        embed.outerEnd = end;
        if (parent !== undefined) parent.embeds++;
        attachWrapper(embed, stack, tagOf);
      } else {
        const wrapped = element.wrapped;
        if (wrapped !== undefined && element.embeds === 1 && runs.countFrom(element.firstRun) === 0) {
          wrapped.outerStart = element.start;
          wrapped.outerEnd = end;
          wrapped.wrapper = describeTag(tagOf(element));
        }
        const becameUrlEmbed =
          element.embeds === 0 &&
          element.bareUrl !== null &&
          hasWrapperClass(tagOf(element)) &&
          runs.countFrom(element.firstRun) <= element.bareUrl.length &&
          addUrlEmbed(element, end);
        // The URL an embed is made of is not text beside it: its wrapper may still wrap it.
        if (becameUrlEmbed) runs.exclude(element.firstRun);
        if (parent !== undefined) {
          parent.embeds += element.embeds;
          parent.bareUrl ??= element.bareUrl;
        }
      }
    }
  };
  const addUrlEmbed = (element: OpenElement, end: number): boolean => {
    const tag = tagOf(element);
    if (!hasWrapperClass(tag) || element.bareUrl === null) return false;
    for (const platform of htmlPlatforms) {
      const post = platform.parsePermalink(element.bareUrl);
      if (post === null) continue;
      // Keep document order: the wrapper opened before anything found inside it later.
      const embed: LocatedEmbed = {
        platform,
        match: { markup: 'url' },
        start: element.start,
        end,
        outerStart: element.start,
        outerEnd: end,
        wrapper: describeTag(tag),
        bareUrl: element.bareUrl,
      };
      insertInOrder(found, embed);
      const parent = stack[stack.length - 1];
      if (parent !== undefined) parent.embeds++;
      attachWrapper(embed, stack, tagOf);
      return true;
    }
    return false;
  };

  // No platform's embed code nests one embed's blockquote in another's: an embed blockquote that
  // opens inside one means the outer lost its end tag (a truncated or mangled embed). The outer
  // ends there, so the posts after it are not swallowed. Bounded like a closing tag's search.
  const closeOpenBlockquoteEmbed = (at: number): void => {
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - MAX_CLOSE_SEARCH; k--) {
      const element = stack[k] as OpenElement;
      if (element.embed === -1) continue;
      if (element.name === 'blockquote') close(k, at);
      return;
    }
  };

  let i = html.indexOf('<');
  let textFrom = 0;
  while (i !== -1 && i < html.length) {
    const parsed = readTagAt(html, i);
    if (parsed === null) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    noteText(html, textFrom, i, stack, openEmbeds, markers, marker, runs);
    while (marker < markers.length && (markers[marker] ?? 0) < i) marker++;
    let next = parsed.end;
    if (parsed.kind === 'close') {
      for (let k = stack.length - 1; k >= 0 && k >= stack.length - MAX_CLOSE_SEARCH; k--) {
        if (stack[k]?.name === parsed.name) {
          close(k, parsed.end);
          break;
        }
      }
    } else if (parsed.kind === 'open') {
      const element: OpenElement = {
        name: parsed.name,
        start: i,
        tagEnd: parsed.end,
        embed: -1,
        embeds: 0,
        firstRun: runs.size,
        bareUrl: null,
        tag: null,
      };
      const marked = marker < markers.length && (markers[marker] ?? Infinity) < parsed.end;
      if (marked) {
        const tag = tagOf(element);
        const nested = openEmbeds > 0 && parsed.name === 'blockquote';
        const match = openEmbeds === 0 || nested ? matchEmbed(tag) : null;
        if (nested && match !== null) closeOpenBlockquoteEmbed(i);
        if (openEmbeds === 0) {
          if (match !== null) {
            element.embed = found.length;
            openEmbeds++;
            found.push({
              platform: match.platform,
              match: match.match,
              start: i,
              end: html.length,
              outerStart: i,
              outerEnd: html.length,
              wrapper: null,
              ...(match.bareUrl === undefined ? {} : { bareUrl: match.bareUrl }),
            });
          } else if (tag.name === 'a') {
            promoteClasslessBlockquote(tag, stack, found, tagOf, () => openEmbeds++);
          }
        }
      }
      const selfClosing = VOID_ELEMENTS.has(parsed.name) || parsed.selfClosing;
      if (RAW_TEXT_ELEMENTS.has(parsed.name) && !selfClosing) {
        const closeAt = findRawTextEnd(html, parsed.end, parsed.name);
        next = closeAt.end;
        if (element.embed !== -1) {
          stack.push(element);
          close(stack.length - 1, closeAt.end);
        }
      } else if (!selfClosing) {
        stack.push(element);
      } else if (element.embed !== -1) {
        stack.push(element);
        close(stack.length - 1, parsed.end);
      }
    }
    while (marker < markers.length && (markers[marker] ?? 0) < next) marker++;
    textFrom = next;
    i = html.indexOf('<', next);
  }
  noteText(html, textFrom, html.length, stack, openEmbeds, markers, marker, runs);
  close(0, html.length);
  return found;
}

function matchEmbed(tag: HtmlTag): { platform: KnownHtmlPlatform; match: HtmlEmbedMatch; bareUrl?: string } | null {
  for (const platform of htmlPlatforms) {
    const match = platform.html?.matchElement(tag) ?? null;
    if (match !== null) return { platform, match };
  }
  return matchProxyIframe(tag);
}

/** A link to a status inside a blockquote that lost its class: that blockquote is the embed. */
function promoteClasslessBlockquote(
  link: HtmlTag,
  stack: OpenElement[],
  found: LocatedEmbed[],
  tagOf: (element: OpenElement) => HtmlTag,
  opened: () => void,
): void {
  const href = link.attributes.get('href');
  if (href === undefined) return;
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - MAX_CLOSE_SEARCH; k--) {
    const element = stack[k] as OpenElement;
    if (element.name !== 'blockquote') continue;
    if (element.embed !== -1 || tagOf(element).classes.size > 0) return;
    for (const platform of htmlPlatforms) {
      if (platform.html.classlessBlockquote !== true || platform.parsePermalink(href) === null) continue;
      element.embed = found.length;
      opened();
      found.push({
        platform,
        match: { markup: 'blockquote-noclass' },
        start: element.start,
        end: element.start,
        outerStart: element.start,
        outerEnd: element.start,
        wrapper: null,
      });
      return;
    }
    return;
  }
}

/** Notes a run of text outside embeds (for `TextRuns`), and a bare permalink in it. */
function noteText(
  html: string,
  from: number,
  to: number,
  stack: OpenElement[],
  openEmbeds: number,
  markers: readonly number[],
  marker: number,
  runs: TextRuns,
): void {
  if (openEmbeds > 0 || to <= from) return;
  const top = stack[stack.length - 1];
  if (top === undefined) return;
  runs.add(from, to);
  const hit = markers[marker];
  if (hit !== undefined && hit >= from && hit < to && top.bareUrl === null) {
    let start = hit;
    while (start > from && !isSpace(html.charCodeAt(start - 1))) start--;
    let end = hit;
    while (end < to && !isSpace(html.charCodeAt(end))) end++;
    top.bareUrl = html.slice(start, end);
  }
}

/**
 * The runs of text outside embeds, in document order, counted only when asked. An element's text
 * is the runs noted from its opening on (at its close, those are exactly the runs inside it), so
 * only the few elements whose text decides something (a wrapper holds nothing else; a CMS wrapper
 * holds only a URL) are counted, not every run of the page. A count is kept for the runs it
 * covered, so an enclosing element's count jumps over them: every run is counted at most once.
 * A run inside an embed found later (a promoted blockquote, a URL embed) is excluded the same way,
 * as a span that counts zero.
 */
class TextRuns {
  private readonly froms: number[] = [];
  private readonly tos: number[] = [];
  /** For a run where a counted span starts: the index past the span's last run, else 0. */
  private readonly spanEnds: number[] = [];
  /** For a run where a counted span starts: the span's count. */
  private readonly spanCounts: number[] = [];

  constructor(private readonly html: string) {}

  /** How many runs were noted. */
  get size(): number {
    return this.froms.length;
  }

  add(from: number, to: number): void {
    this.froms.push(from);
    this.tos.push(to);
    this.spanEnds.push(0);
    this.spanCounts.push(0);
  }

  /** Non-space characters in the runs from `first` on (the span is kept for later counts). */
  countFrom(first: number): number {
    const last = this.froms.length;
    let count = 0;
    let k = first;
    while (k < last) {
      const spanEnd = this.spanEnds[k] ?? 0;
      if (spanEnd > k) {
        count += this.spanCounts[k] ?? 0;
        k = spanEnd;
        continue;
      }
      count += countText(this.html, this.froms[k] ?? 0, this.tos[k] ?? 0);
      k++;
    }
    this.keep(first, last, count);
    return count;
  }

  /** Makes the runs from `first` on count as no text from now on. */
  exclude(first: number): void {
    this.keep(first, this.froms.length, 0);
  }

  private keep(first: number, last: number, count: number): void {
    if (last <= first) return;
    this.spanEnds[first] = last;
    this.spanCounts[first] = count;
  }
}

/** Non-space characters of `html[from, to)`; a space written as an entity (`&nbsp;`) is no text. */
function countText(html: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const code = html.charCodeAt(k);
    // Printable ASCII but `&` is text: the common case, decided before the Unicode space test.
    if (code > 0x20 && code < 0x7f && code !== 0x26) {
      count++;
      continue;
    }
    if (isSpace(code)) continue;
    // A non-breaking or zero-width space written as an entity is no text either (`&nbsp;` is
    // what editors leave beside an embed they wrap).
    const entity = code === 0x26 ? spaceEntityLength(html, k, to) : 0;
    if (entity > 0) k += entity - 1;
    else count++;
  }
  return count;
}

/** Entities that write a space: no-break, zero-width, narrow no-break, thin. */
const SPACE_ENTITY = /^&(?:nbsp|#160|#x0*a0|#8203|#x200b|#8239|#x202f|thinsp|#8201|#x2009|ensp|emsp);/i;

/** The length of a whitespace entity starting at `at` (before `to`), or 0. */
function spaceEntityLength(html: string, at: number, to: number): number {
  const match = SPACE_ENTITY.exec(html.slice(at, Math.min(to, at + 10)));
  return match === null ? 0 : match[0].length;
}

function attachWrapper(embed: LocatedEmbed, stack: readonly OpenElement[], tagOf: (element: OpenElement) => HtmlTag): void {
  // Wrappers close after the embed; remember candidates and settle when they close.
  for (let level = 1; level <= MAX_WRAPPER_LEVELS; level++) {
    const element = stack[stack.length - level];
    if (element === undefined) return;
    const tag = tagOf(element);
    if (!hasWrapperClass(tag) && tag.name !== 'figure') return;
    element.wrapped = embed;
  }
}

function insertInOrder(found: LocatedEmbed[], embed: LocatedEmbed): void {
  let k = found.length;
  while (k > 0 && (found[k - 1]?.start ?? 0) > embed.start) k--;
  found.splice(k, 0, embed);
}

/** Whether a tag's classes mark it as a CMS or site embed wrapper. */
function hasWrapperClass(tag: HtmlTag): boolean {
  return WRAPPER_CLASS.test([...tag.classes].join(' '));
}

function describeTag(tag: HtmlTag): string {
  return [tag.name, ...tag.classes].join('.');
}
