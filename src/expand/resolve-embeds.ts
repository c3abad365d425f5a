import { dateMismatch, datedById } from '../dates/index.js';
import { platforms } from '../platforms/index.js';
import type { Diagnostic, EmbedRecord, Link } from '../schema/index.js';
import type { LinkExpansion } from './expand-result.js';

/**
 * What `expandEmbeds` returns.
 *
 * @example
 * const { embeds, diagnostics, expansions }: ExpandEmbedsResult = await expandEmbeds(records);
 */
export interface ExpandEmbedsResult {
  /** The records, copied, with `links[].expandedUrl` filled and `id`, `url`, `publishedAt` completed. */
  embeds: EmbedRecord[];
  /** Problems found while completing the records (`date-mismatch`), in input order. */
  diagnostics: Diagnostic[];
  /** One result per distinct link URL of the records, in first-seen order. */
  expansions: LinkExpansion[];
}

/**
 * The distinct link URLs of some records, in first-seen order: what `expandEmbeds` expands.
 *
 * @example
 * collectLinkUrls(records); // ['https://pic.twitter.com/Hq7ZnW3pLd', 'https://t.co/abc']
 */
export function collectLinkUrls(records: readonly EmbedRecord[]): string[] {
  const urls = new Set<string>();
  for (const record of records) for (const link of record.links) urls.add(link.url);
  return [...urls];
}

/**
 * Applies expansion results to records, without touching the input:
 *
 * - each link whose expansion is `expanded` or `unchanged` gets `expandedUrl`;
 * - a record without `id` or `url` takes them from the first `media` or `short` link that leads to
 *   a permalink of the record's platform (read with the platform's `parsePermalink`), unless the
 *   permalink names another author than the record (a quoted post) or another id;
 * - when the id was filled and encodes a time (Twitter and Mastodon snowflakes, Bluesky TIDs,
 *   TikTok ids), `publishedAt` follows it (`datePrecision: 'id'`), written in the offset that
 *   matches the written day when there is one; a written day the id's time cannot fall on in any
 *   time zone gives a `date-mismatch` warning.
 *
 * @example
 * const { embeds, diagnostics } = applyExpansions(records, new Map(results.map((r) => [r.url, r])));
 */
export function applyExpansions(
  records: readonly EmbedRecord[],
  expansions: ReadonlyMap<string, LinkExpansion>,
): { embeds: EmbedRecord[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const embeds = records.map((record) => {
    const links = record.links.map((link): Link => {
      const expandedUrl = expansions.get(link.url)?.expandedUrl;
      return expandedUrl == null ? { ...link } : { ...link, expandedUrl };
    });
    const embed: EmbedRecord = { ...record, author: { ...record.author }, source: { ...record.source }, links };
    if (embed.id === null || embed.url === null) fillFromLinks(embed, diagnostics);
    return embed;
  });
  return { embeds, diagnostics };
}

function fillFromLinks(embed: EmbedRecord, diagnostics: Diagnostic[]): void {
  const platform = platforms.find((candidate) => candidate.name === embed.platform);
  if (platform === undefined) return;
  for (const link of embed.links) {
    if ((link.kind !== 'media' && link.kind !== 'short') || link.expandedUrl === undefined) continue;
    const ref = platform.parsePermalink(link.expandedUrl);
    if (ref === null) continue;
    if (embed.id !== null && ref.id !== embed.id) continue;
    const handle = embed.author.handle;
    if (handle !== null && ref.handle !== null && handle.toLowerCase() !== ref.handle.toLowerCase()) continue;
    const filledId = embed.id === null;
    embed.id = ref.id;
    if (embed.url === null) embed.url = ref.url;
    if (filledId) checkPostTime(embed, diagnostics);
    return;
  }
}

function checkPostTime(embed: EmbedRecord, diagnostics: Diagnostic[]): void {
  const { record, agrees } = datedById(embed);
  embed.publishedAt = record.publishedAt;
  embed.datePrecision = record.datePrecision;
  embed.publishedAtLocal = record.publishedAtLocal;
  if (!agrees) diagnostics.push(dateMismatch(embed.publishedAt, embed.dateText, embed.source.start, embed.source.end));
}
