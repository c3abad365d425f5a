import { extractEntities } from '../entities/index.js';
import { toLink } from '../links/index.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { EmbedRecord } from '../schema/embed-record.js';
import { collapseWhitespace } from './characters.js';
import { bodyStarts } from './post-bodies.js';
import { scanSignatures } from './signature-scanner.js';
import type { Signature } from './signature-scanner.js';

/** Embeds and diagnostics found in flattened text. */
export interface TextExtraction {
  /** One record per post, in document order. */
  embeds: EmbedRecord[];
  /** What looked like an embed but was rejected or is incomplete. */
  diagnostics: Diagnostic[];
}

/**
 * Finds every embedded post in flattened article text: scans for signatures, decides each body's
 * extent, and reads the body's links, mentions, hashtags and cashtags.
 *
 * @example
 * const { embeds } = extractTextEmbeds('Met with @IsraeliPM pic.twitter.com/EQsKUijoL0 — Secretary Antony Blinken (@SecBlinken) February 7, 2024');
 * embeds[0]?.publishedAt; // '2024-02-07'
 */
export function extractTextEmbeds(text: string): TextExtraction {
  const { signatures, diagnostics } = scanSignatures(text);
  const starts = bodyStarts(text, signatures);
  const embeds = signatures.map((signature, index) => {
    const bodyStart = starts[index] ?? signature.start;
    if (bodyStart >= signature.start) {
      diagnostics.push({
        code: 'empty-body',
        severity: 'info',
        message:
          signature.markup === 'status-url'
            ? `Only the permalink ${signature.post?.url ?? ''} survives of this embed; it carries no text, author name or date.`
            : `No post text stands before the signature of @${signature.handle ?? ''}; the post is taken as media-only.`,
        start: signature.start,
        end: signature.end,
      });
    }
    return toRecord(text, signature, Math.min(bodyStart, signature.start));
  });
  diagnostics.sort((a, b) => a.start - b.start);
  return { embeds, diagnostics };
}

function toRecord(text: string, signature: Signature, bodyStart: number): EmbedRecord {
  const { platform, handle, post } = signature;
  const body = stripWidgetPhrases(collapseWhitespace(text.slice(bodyStart, signature.start)), platform.text?.widgetPhrases ?? []);
  const entities = extractEntities(body, { gluedUrls: true });
  return {
    platform: platform.name,
    id: post?.id ?? null,
    url: post?.url ?? null,
    author: { name: signature.name, handle, url: handle === null ? null : platform.profileUrl(handle) },
    // A shared-by attribution with nothing before it is an embed that carries no caption at all.
    text: body === '' && signature.markup !== 'signature' ? null : body,
    lang: null,
    publishedAt: signature.date?.iso ?? null,
    dateText: signature.dateText,
    links: entities.urls.map((url) => toLink(url.value)),
    mentions: entities.mentions.map((mention) => mention.value),
    hashtags: entities.hashtags.map((hashtag) => hashtag.value),
    cashtags: entities.cashtags.map((cashtag) => cashtag.value),
    source: { format: 'text', start: bodyStart, end: signature.end, markup: signature.markup },
  };
}

/** Removes widget chrome (`View this post on Instagram`) from the start and end of a collapsed body. */
function stripWidgetPhrases(body: string, phrases: readonly string[]): string {
  if (phrases.length === 0 || body.length === 0) return body;
  let result = body;
  const lower = () => result.toLowerCase();
  for (const phrase of phrases) {
    if (lower().startsWith(phrase)) result = result.slice(phrase.length).trimStart();
    if (lower().endsWith(phrase)) result = result.slice(0, result.length - phrase.length).trimEnd();
  }
  return result;
}
