import { type Entities, extractEntities } from '../entities/index.js';
import { mediaLinkHosts, toLink } from '../links/index.js';
import type { EmbedRecord } from '../schema/index.js';

/**
 * The URLs, mentions, hashtags and cashtags of a post's text, read as every reader reads a body:
 * a media link glued to the word before it (`photopic.twitter.com/x`, a flattener's lost space)
 * is still a link.
 *
 * @example
 * readBodyEntities('Look photopic.twitter.com/abc').urls[0]?.value; // 'pic.twitter.com/abc'
 */
export function readBodyEntities(text: string): Entities {
  return extractEntities(text, { gluedUrls: true, gluedHosts: mediaLinkHosts });
}

/**
 * A record's `links`, `mentions`, `hashtags` and `cashtags`, read from its text with
 * {@link readBodyEntities}.
 *
 * @example
 * entityFields('Hi @jane #news').mentions; // ['jane']
 */
export function entityFields(text: string): Pick<EmbedRecord, 'links' | 'mentions' | 'hashtags' | 'cashtags'> {
  const entities = readBodyEntities(text);
  return {
    links: entities.urls.map((url) => toLink(url.value)),
    mentions: entities.mentions.map((mention) => mention.value),
    hashtags: entities.hashtags.map((hashtag) => hashtag.value),
    cashtags: entities.cashtags.map((cashtag) => cashtag.value),
  };
}
