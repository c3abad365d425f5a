import { classifyLink } from '../links/index.js';
import { platformNamed } from '../platforms/index.js';
import type { PostRef } from '../platforms/index.js';
import type { EmbedRecord, Link } from '../schema/index.js';
import { readBodyEntities } from '../text/index.js';
import { collapseWhitespace, isSpace } from '../kit/index.js';
import type { ProjectedLink } from './markdown-projection.js';

/** How a Markdown link of a record's range was placed in the record's text. */
interface PlacedLink {
  link: ProjectedLink;
  /** Offset in `record.text` of the first character of the link's visible text, or -1 if none is in the text. */
  at: number;
}

const WEB = /^https?:\/\/\S+$/i;

/**
 * Gives a record read from a Markdown projection the links its text lost: a link whose visible
 * text is a URL (`pic.twitter.com/…` over a t.co href) keeps the visible URL and gets the href as
 * `expandedUrl` where they differ; a link whose visible text is not a URL (`@name`, `#tag`, words)
 * is listed with its href; the last link outside the body (the signature's date) whose href is
 * a permalink of the record's platform gives the record's `url` and `id` when it has none (as
 * the HTML reader takes the blockquote's date link, whoever it names).
 * `links` are the projection's links whose visible text lies in the record's projected range.
 *
 * @example
 * // '> Hi [pic.twitter.com/x](https://t.co/x) — Jane (@jane) [May 1, 2024](https://x.com/jane/status/20)'
 * withMarkdownLinks(record, projectionText, linksInRange).links[0]?.expandedUrl; // 'https://t.co/x'
 */
export function withMarkdownLinks(record: EmbedRecord, projected: string, start: number, links: readonly ProjectedLink[]): EmbedRecord {
  if (links.length === 0) return record;
  const placed = placeLinks(record.text ?? '', projected, start, links);
  let { url, id, author } = record;
  const inBody: PlacedLink[] = [];
  const platform = platformNamed(record.platform);
  let permalink: PostRef | null = null;
  for (const entry of placed) {
    if (entry.at >= 0) inBody.push(entry);
    // The post an href outside the body is the permalink of, when it is one of the record's platform.
    else permalink = platform.parsePermalink(decodeUnreserved(entry.link.href)) ?? permalink;
  }
  // The last permalink outside the body: the signature's date link.
  if (id === null && permalink !== null) {
    ({ url, id } = permalink);
    // A form without a handle (a Threads footer) takes it from the permalink, as the HTML reader does.
    if (author.handle === null && permalink.handle !== null)
      author = { ...author, handle: permalink.handle, url: platform.profileUrl(permalink.handle) };
  }
  const linksOut = inBody.length === 0 ? record.links : mergeLinks(record, inBody, projected);
  return { ...record, url, id, author, links: linksOut };
}

/**
 * Walks the record's text through the projection from the record's start, matching it character
 * by character (whitespace aside, unmatched projection characters skipped: widget phrases the
 * reader removed, the signature), and notes where each link's visible text landed in the text.
 * Linear in the range.
 */
function placeLinks(text: string, projected: string, start: number, links: readonly ProjectedLink[]): PlacedLink[] {
  const placed: PlacedLink[] = links.map((link) => ({ link, at: -1 }));
  let t = 0;
  let k = 0;
  // withMarkdownLinks passes at least one link.
  const end = links[links.length - 1]!.end;
  for (let p = start; p < end && t < text.length; p++) {
    while (t < text.length && isSpace(text.charCodeAt(t))) t++;
    if (t >= text.length) break;
    if (projected[p] !== text[t]) continue;
    while (k < placed.length && placed[k]!.link.end <= p) k++;
    const entry = placed[k];
    if (entry !== undefined && entry.at === -1 && entry.link.start <= p) entry.at = t;
    t++;
  }
  return placed;
}

/** The record's text links (from its visible URLs) and its Markdown links, in text order. */
function mergeLinks(record: EmbedRecord, inBody: readonly PlacedLink[], projected: string): Link[] {
  const text = record.text ?? '';
  const urls = readBodyEntities(text).urls;
  const out: Link[] = [];
  let u = 0;
  for (const { link, at } of inBody) {
    const visibleEnd = at + collapsedLength(projected, link.start, link.end);
    while (u < urls.length && urls[u]!.end <= at) out.push(record.links[u++] as Link);
    const href = link.href;
    const visible = urls[u];
    if (visible !== undefined && visible.start < visibleEnd) {
      // The visible text is a URL: it stays the link; the href is where it leads.
      const written = record.links[u++] as Link;
      out.push(sameUrl(written.url, href) || !WEB.test(href) ? written : { ...written, expandedUrl: href });
      while (u < urls.length && urls[u]!.start < visibleEnd) out.push(record.links[u++] as Link);
    } else if (WEB.test(href)) {
      out.push({ url: href, text: text.slice(at, visibleEnd).trim(), kind: classifyLink(href) });
    }
  }
  while (u < record.links.length) out.push(record.links[u++] as Link);
  return out;
}

/** The length a projected range takes in a record's text, whose whitespace `collapseWhitespace` made. */
function collapsedLength(projected: string, start: number, end: number): number {
  return collapseWhitespace(projected.slice(start, end)).length;
}

/** Whether two URLs are the same but for their scheme, trailing slashes and case. */
function sameUrl(a: string, b: string): boolean {
  // One pass takes off both: the scheme at the start and the slashes at the end.
  const strip = (url: string) => url.replace(/^https?:\/\/|\/+$/gi, '').toLowerCase();
  return strip(a) === strip(b);
}

/** A percent-encoded byte of an unreserved character: letter, digit, `-`, `.`, `_` or `~`. */
const ENCODED_UNRESERVED = /%(?:[46][1-9A-F]|[57][0-9A]|3[0-9]|2D|2E|5F|7E)/gi;

/**
 * An href with its percent-encoded unreserved characters decoded, the normalisation RFC 3986
 * (6.2.2.2) makes: node-html-markdown writes `_` as `%5F` in every link, so `D%5F-Qta7svln` is the
 * post `D_-Qta7svln`. Other escapes stay as written.
 *
 * @example
 * decodeUnreserved('https://www.threads.com/@lib/post/D%5F-Qt'); // 'https://www.threads.com/@lib/post/D_-Qt'
 */
function decodeUnreserved(href: string): string {
  return href.replace(ENCODED_UNRESERVED, (encoded) => String.fromCharCode(Number.parseInt(encoded.slice(1), 16)));
}
