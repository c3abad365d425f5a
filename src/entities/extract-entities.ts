/**
 * `extractEntities`: mentions, hashtags, cashtags and URLs of a text, by twitter-text's rules.
 */
import { scanCashtags } from './cashtags.js';
import { scanHashtags } from './hashtags.js';
import { scanMentions } from './mentions.js';
import { createScanContext, type FoundEntity } from './scan-context.js';
import type { Entities, Entity, ExtractEntitiesOptions } from './types.js';
import { scanUrls } from './urls.js';
import { checkOptionKeys } from '../kit/index.js';

/** The option names of `extractEntities`, checked against {@link ExtractEntitiesOptions} by the compiler. */
const entitiesOptionKeys = Object.keys({ gluedUrls: true, gluedHosts: true } satisfies Record<keyof ExtractEntitiesOptions, true>);

/**
 * Finds the `@mentions`, `#hashtags`, `$cashtags` and URLs of a text (a tweet, or text scraped
 * from one) following twitter-text's extraction rules and passing its conformance suite
 * (`extract.yml`): mention context and e-mail exclusion, Unicode hashtags that are not all digits,
 * `$[a-z]{1,6}([._][a-z]{1,2})?` cashtags, URLs with or without protocol on known TLDs (IDN and
 * punycode included), t.co slug rules, trailing-punctuation and balanced-parenthesis rules.
 *
 * Like twitter-text's `extractEntitiesWithIndices`, overlapping entities are resolved in favour of
 * the one that starts first (a `#fragment` inside a URL is not a hashtag), and `@user/list`
 * references are not reported as mentions (as `extractMentionedScreenNames`).
 *
 * Indices are UTF-16 code units, so `text.slice(start, end)` returns the entity with its sigil, or
 * the URL as written. twitter-text's conformance data counts code points instead; the
 * conformance test maps them to UTF-16 before comparing.
 *
 * Where twitter-text's own indices contradict its values (two protocol-less corner cases, see
 * `scanUrls`), the entity is reported so that the slice and the value agree.
 *
 * Runs in time linear in the length of the text: a single pass per kind with bounded look-around,
 * and memoised host matching instead of backtracking regexes.
 *
 * @example
 * const { mentions, hashtags, cashtags, urls } = extractEntities(
 *   'Met with @IsraeliPM on #Gaza, $TSLA up https://t.co/EQsKUijoL0',
 * );
 * mentions[0]; // { value: 'IsraeliPM', start: 9, end: 19 }
 * hashtags[0]?.value; // 'Gaza'
 * cashtags[0]?.value; // 'TSLA'
 * urls[0]?.value; // 'https://t.co/EQsKUijoL0'
 *
 * @example
 * extractEntities('meetinghttps://t.co/lav5U0u7bi', { gluedUrls: true }).urls[0];
 * // { value: 'https://t.co/lav5U0u7bi', start: 7, end: 30 }
 */
export function extractEntities(text: string, options: ExtractEntitiesOptions = {}): Entities {
  const entities: Entities = { mentions: [], hashtags: [], cashtags: [], urls: [] };
  if (typeof text !== 'string') {
    throw new TypeError(`extractEntities: text must be a string, got ${text === null ? 'null' : typeof text}`);
  }
  checkOptionKeys(options, entitiesOptionKeys, 'extractEntities');
  if (text.length === 0) return entities;
  const ctx = createScanContext(text, options.gluedUrls === true, options.gluedHosts);
  // Same order as twitter-text's extractEntitiesWithIndices; the sort below is stable.
  const lists = [entities.urls, entities.mentions, entities.hashtags, entities.cashtags];
  const found: FoundEntity[] = scanUrls(ctx).concat(scanMentions(ctx), scanHashtags(ctx), scanCashtags(ctx));
  if (found.length > 1) found.sort((a, b) => a.start - b.start);
  let keptEnd = -1;
  for (const entity of found) {
    if (entity.start < keptEnd) continue;
    keptEnd = entity.end;
    const { value, start, end } = entity;
    const out: Entity = { value, start, end };
    // By kind, in EntityKind's order; lists have none.
    lists[entity.kind]?.push(out);
  }
  return entities;
}
