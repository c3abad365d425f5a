import { isTag, type Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { extractEntities } from '../entities/index.js';
import { classifyLink, documentBaseUrl, isAbsoluteUrl, resolveUrl } from '../links/index.js';
import type { HtmlEmbedFields } from '../platforms/index.js';
import type { Diagnostic, EmbedRecord, Link, Markup } from '../schema/index.js';
import { CoveredRanges, toLanguageTag } from '../kit/index.js';
import { extractTextEmbeds, unlimitedRecords, type RecordLimits } from '../text/index.js';
import { baseHref } from './base-element.js';
import { findEmbedMarkers } from './embed-markers.js';
import { dateMismatch, readWrittenDate, recordDate } from '../dates/index.js';
import { flattenHtml } from './flatten-html.js';
import { type LocatedEmbed, locateEmbeds } from './locate-embeds.js';
import { MAX_FRAGMENT_DEPTH, depthLimitedEnd } from './nesting-limit.js';
import { resolveLinksIn } from './resolve-links.js';

/** Embeds and diagnostics found in an HTML page. */
export interface HtmlExtraction {
  /** One record per embedded post, in document order. */
  embeds: EmbedRecord[];
  /** What looked like an embed but was rejected or is incomplete. */
  diagnostics: Diagnostic[];
  /**
   * Where the first flattened post dropped by `maxRecords` starts (every later one was dropped
   * too), or null. Markup embeds are not capped here.
   */
  cutAt: number | null;
}

/** The longest embed fragment parsed; real embeds, inline styles included, stay far below it. */
const MAX_EMBED_LENGTH = 262_144;

interface Found {
  record: EmbedRecord;
  rendered: boolean;
}

/**
 * Finds every embedded post in an HTML page. A regex pass of literal markers decides whether
 * there is anything to look at (an embed-free page is never parsed); a linear tag walk locates
 * each embed's root and wrapper; only those fragments are parsed (htmlparser2, into
 * domhandler nodes) and read by their platform. A widget-rendered element and the hidden original
 * blockquote of the same post next to it become one record. Posts that survive only as flattened
 * text (`— Name (@handle) Date` outside any embed markup) are found by the text scanner, under
 * `limits`, when a `(@` stands outside the embeds found in markup (their own signatures do not
 * make the page worth flattening).
 *
 * Links are made absolute against the page's base URL: its `<base href>` resolved against
 * `baseUrl` (the page's own URL), or `baseUrl` alone, as browsers do. With no base known, a
 * relative link is kept as written (a scheme-relative `//host/…` gets `https:`) and the record
 * gets a `relative-link` warning.
 *
 * @example
 * extractHtmlEmbeds('<blockquote class="twitter-tweet"><p lang="en">Hi</p>&mdash; Jane (@jane) <a href="https://twitter.com/jane/status/1755259323123712345">February 7, 2024</a></blockquote>').embeds[0]?.id;
 * // '1755259323123712345'
 */
export function extractHtmlEmbeds(html: string, limits: RecordLimits = unlimitedRecords, baseUrl: string | null = null): HtmlExtraction {
  const diagnostics: Diagnostic[] = [];
  const markers = findEmbedMarkers(html);
  const located = markers.length > 0 ? locateEmbeds(html, markers) : [];
  const found: Found[] = [];
  const base = located.length > 0 ? documentBaseUrl(baseHref(html), baseUrl) : baseUrl;
  const pageLanguages = new Map<string, string | null>();
  const pageLanguage = (embed: LocatedEmbed): string | null => {
    const read = embed.platform.html.pageLanguage;
    if (read === undefined) return null;
    if (!pageLanguages.has(embed.platform.name)) pageLanguages.set(embed.platform.name, read(html));
    return pageLanguages.get(embed.platform.name) ?? null;
  };
  for (const embed of located) {
    const record = readLocated(html, embed, diagnostics, base, pageLanguage);
    if (record !== null) found.push({ record, rendered: embed.match.rendered === true });
  }
  const embeds = mergeRenderedTwins(found);
  const cutAt = hasUncoveredTrigger(html, embeds) ? addFlattenedPosts(html, embeds, diagnostics, limits) : null;
  diagnostics.sort((a, b) => a.start - b.start);
  return { embeds, diagnostics, cutAt };
}

function readLocated(
  html: string,
  embed: LocatedEmbed,
  diagnostics: Diagnostic[],
  base: string | null,
  pageLanguage: (embed: LocatedEmbed) => string | null,
): EmbedRecord | null {
  const forms = embed.platform.html;
  let fields: HtmlEmbedFields = {};
  if (embed.bareUrl !== undefined) {
    // A CMS wrapper holding only a permalink, or a proxy iframe wrapping one: the URL is the embed.
    const post = embed.platform.parsePermalink(embed.bareUrl ?? '');
    fields = { id: post?.id ?? null, url: post?.url ?? null, handle: post?.handle ?? null, text: null };
  } else if (forms !== undefined) {
    let end = embed.end;
    if (end - embed.start > MAX_EMBED_LENGTH) {
      // An embed element that never closes runs to the end of the page; read only its head.
      end = embed.start + MAX_EMBED_LENGTH;
      diagnostics.push({
        code: 'truncated',
        severity: 'warning',
        message: `The ${embed.platform.name} ${embed.match.markup} runs ${embed.end - embed.start} characters (it is probably never closed); only its first ${MAX_EMBED_LENGTH} were read.`,
        start: embed.start,
        end: embed.end,
      });
    }
    const shallowEnd = depthLimitedEnd(html, embed.start, end);
    if (shallowEnd < end) {
      end = shallowEnd;
      diagnostics.push({
        code: 'truncated',
        severity: 'warning',
        message: `The ${embed.platform.name} ${embed.match.markup} nests more than ${MAX_FRAGMENT_DEPTH} elements deep; it was read only up to offset ${shallowEnd}.`,
        start: embed.start,
        end: embed.end,
      });
    }
    try {
      const root = parseDocument(html.slice(embed.start, end)).children.find((node): node is Element => isTag(node));
      if (root !== undefined) {
        if (base !== null) resolveLinksIn(root, base);
        fields = forms.readEmbed(root, embed.match);
      }
    } catch (error) {
      diagnostics.push({
        code: 'rejected-embed',
        severity: 'warning',
        message: `The ${embed.platform.name} ${embed.match.markup} could not be read: ${String(error)}`,
        start: embed.start,
        end: embed.end,
      });
      return null;
    }
  }
  const hasText = typeof fields.text === 'string' && fields.text.length > 0;
  if ((fields.id ?? null) === null && !hasText && (fields.handle ?? null) === null) {
    diagnostics.push({
      code: 'rejected-embed',
      severity: 'info',
      message: `A ${embed.platform.name} ${embed.match.markup} carries no post id, text or author, so it is not counted as an embed.`,
      start: embed.start,
      end: embed.end,
    });
    return null;
  }
  if (fields.lang == null || fields.dateLang == null) {
    // The page's language for the platform's widgets stands in for what the markup did not say.
    const hint = pageLanguage(embed);
    if (hint !== null) fields = { ...fields, lang: fields.lang ?? hint, dateLang: fields.dateLang ?? hint };
  }
  return toRecord(embed, fields, diagnostics, base);
}

function toRecord(embed: LocatedEmbed, fields: HtmlEmbedFields, diagnostics: Diagnostic[], base: string | null): EmbedRecord {
  const { platform } = embed;
  const id = fields.id ?? null;
  const handle = fields.handle ?? null;
  const text = fields.text ?? null;
  const dateText = fields.dateText ?? null;
  const written = dateText === null ? null : readWrittenDate(dateText, fields.dateLang);
  const time = id === null || fields.datetime ? null : (platform.postTime?.(id) ?? null);
  const { agrees, ...date } = recordDate({ written: written?.iso ?? null, datetime: fields.datetime ?? null, idTime: time });
  if (!agrees) diagnostics.push(dateMismatch(date.publishedAt, dateText, embed.start, embed.end));
  if (text !== null && dateText === null && fields.datetime == null && time === null) {
    // A text-bearing embed whose attribution lost its date (and whose id carries no time).
    diagnostics.push({
      code: 'missing-date',
      severity: 'warning',
      message: `The ${platform.name} ${embed.match.markup} carries no date; publishedAt is null.`,
      start: embed.start,
      end: embed.end,
    });
  }
  if (dateText !== null && written === null && fields.datetime == null) {
    diagnostics.push({
      code: 'unknown-date',
      severity: 'warning',
      message: `The date "${dateText}" is in no known form or language.`,
      start: embed.start,
      end: embed.end,
    });
  }
  const entities = text === null || text === '' ? null : extractEntities(text);
  const links = (fields.links ?? []).filter((link) => link.url.length > 0).map((link) => toLink(link, base));
  const relative = links.filter((link) => !isAbsoluteUrl(link.url));
  if (relative.length > 0) {
    diagnostics.push({
      code: 'relative-link',
      severity: 'warning',
      message: `${relative.length === 1 ? 'A link' : `${relative.length} links`} of the ${platform.name} ${embed.match.markup} (${relative[0]?.url.slice(0, 80) ?? ''}${relative.length > 1 ? ', …' : ''}) stayed relative: ${base === null ? 'no base URL is known (pass baseUrl, or give the page a <base href>)' : `it does not resolve against ${base.slice(0, 80)}`}.`,
      start: embed.start,
      end: embed.end,
    });
  }
  return {
    platform: platform.name,
    id,
    url: fields.url ?? null,
    author: { name: fields.name ?? null, handle, url: handle === null ? null : platform.profileUrl(handle) },
    text,
    lang: toLanguageTag(fields.lang),
    ...date,
    dateText,
    links,
    mentions: entities?.mentions.map((entity) => entity.value) ?? [],
    hashtags: entities?.hashtags.map((entity) => entity.value) ?? [],
    cashtags: entities?.cashtags.map((entity) => entity.value) ?? [],
    source: { format: 'html', start: embed.outerStart, end: embed.outerEnd, markup: embed.match.markup },
  };
}

function toLink(link: { url: string; text: string }, base: string | null): Link {
  const resolved = base === null ? null : resolveUrl(link.url, base);
  const url = resolved ?? (link.url.startsWith('//') ? `https:${link.url}` : link.url);
  return { url, text: link.text, kind: classifyLink(url) };
}

/** A rendered widget and the original blockquote of the same post, side by side, are one post. */
function mergeRenderedTwins(found: Found[]): EmbedRecord[] {
  const records: EmbedRecord[] = [];
  for (let k = 0; k < found.length; k++) {
    const current = found[k] as Found;
    const next = found[k + 1];
    if (
      next !== undefined &&
      current.rendered !== next.rendered &&
      current.record.platform === next.record.platform &&
      current.record.id !== null &&
      current.record.id === next.record.id
    ) {
      const [rendered, original] = current.rendered ? [current.record, next.record] : [next.record, current.record];
      records.push({
        ...original,
        source: {
          ...original.source,
          start: Math.min(rendered.source.start, original.source.start),
          end: Math.max(rendered.source.end, original.source.end),
        },
      });
      k++;
      continue;
    }
    records.push(current.record);
  }
  return records;
}

/** Whether a `(@` stands outside every record's source: a post may survive there as text. */
function hasUncoveredTrigger(html: string, embeds: readonly EmbedRecord[]): boolean {
  const covered = new CoveredRanges(embeds.map((embed) => embed.source));
  for (let at = html.indexOf('(@'); at !== -1; at = html.indexOf('(@', at + 2)) {
    if (!covered.overlaps(at, at + 2)) return true;
  }
  return false;
}

/** Posts flattened to text in the page (no embed markup), read by the text scanner. */
/** Adds the flattened posts to `embeds`; returns where the first one dropped by `maxRecords` starts, or null. */
function addFlattenedPosts(html: string, embeds: EmbedRecord[], diagnostics: Diagnostic[], limits: RecordLimits): number | null {
  const flat = flattenHtml(html);
  const text = extractTextEmbeds(flat.text, limits);
  const cutAt = text.cutAt === null ? null : flat.inputStart(text.cutAt);
  const covered = new CoveredRanges(embeds.map((embed) => embed.source));
  const additions: EmbedRecord[] = [];
  // Both lists are in document order, so one forward sweep answers every overlap question.
  for (const embed of text.embeds) {
    const start = flat.inputStart(embed.source.start);
    const end = flat.inputEnd(embed.source.end);
    if (embed.source.markup === 'status-url' || covered.overlaps(start, end)) continue;
    // The text reader gives only text forms, and status-url lines were skipped above.
    const markup = `flattened-${embed.source.markup}` as Markup;
    additions.push({ ...embed, source: { format: 'html', start, end, markup } });
  }
  const inside = new CoveredRanges(embeds.map((embed) => embed.source));
  for (const diagnostic of text.diagnostics) {
    if (diagnostic.severity !== 'warning') continue;
    const start = flat.inputStart(diagnostic.start);
    if (inside.overlaps(start, start + 1)) continue;
    diagnostics.push({ ...diagnostic, start, end: Math.max(start, flat.inputEnd(diagnostic.end)) });
  }
  if (additions.length === 0) return cutAt;
  for (const addition of additions) embeds.push(addition);
  embeds.sort((a, b) => a.source.start - b.source.start);
  return cutAt;
}
