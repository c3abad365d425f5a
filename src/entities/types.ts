/**
 * One mention, hashtag, cashtag or URL found in a text.
 *
 * Indices count UTF-16 code units (JavaScript string indices), so `text.slice(start, end)` is the
 * entity as written, sigil included: `'@user'`, `'#tag'`, `'$CASH'`, or the URL. (twitter-text's
 * conformance suite counts Unicode code points instead; the two differ only after astral
 * characters such as emoji.)
 *
 * @example
 * const text = 'hi @jack';
 * const mention: Entity = { value: 'jack', start: 3, end: 8 };
 * text.slice(mention.start, mention.end); // '@jack'
 */
export interface Entity {
  /** The screen name, hashtag or cashtag without its sigil (`'jack'`, `'tag'`, `'TSLA'`), or the URL exactly as written. */
  value: string;
  /** UTF-16 index of the first code unit (the sigil, for mentions, hashtags and cashtags). */
  start: number;
  /** UTF-16 index just past the entity. */
  end: number;
}

/**
 * Everything `extractEntities` finds, by kind, each list in text order. Entities never
 * overlap: where two would, the one starting first is kept (so `#tag` inside a URL is dropped).
 *
 * @example
 * const entities: Entities = { mentions: [], hashtags: [{ value: 'tag', start: 0, end: 4 }], cashtags: [], urls: [] };
 */
export interface Entities {
  /** `@screen_name` mentions (`@user/list` references are not mentions and are left out). */
  mentions: Entity[];
  /** `#hashtags`. */
  hashtags: Entity[];
  /** `$CASHTAGS`. */
  cashtags: Entity[];
  /** URLs, with or without protocol. */
  urls: Entity[];
}

/**
 * Options of `extractEntities`.
 *
 * @example
 * const options: ExtractEntitiesOptions = { gluedUrls: true };
 */
export interface ExtractEntitiesOptions {
  /**
   * Recover links that scraping glued to the previous word or to another link (default `false`,
   * which keeps twitter-text conformance). When on:
   *
   * - `http://`, `https://` and the links of {@link gluedHosts} right after a letter, mark or digit
   *   start a new URL and end whatever ran into them: `meetinghttps://t.co/lav5U0u7bi` gives
   *   `https://t.co/lav5U0u7bi`; `https://t.co/abchttps://t.co/def` gives two URLs. After `/`, `=`
   *   and other punctuation they stay part of the URL (`?u=https://…`, `/web/2020/https://…`).
   * - A URL never includes the ellipsis `…` (U+2026) that marks truncated links.
   */
  gluedUrls?: boolean;
  /**
   * In glued mode, hosts whose links are written without a scheme and may be glued to the word
   * before them, lowercase: `host/` right after a letter, mark or digit starts a new URL too.
   * Default: none. The readers pass the platforms' media hosts, `mediaLinkHosts`
   * (`pic.twitter.com`, `pic.x.com`): then `textpic.twitter.com/abc` gives `pic.twitter.com/abc`.
   * A side effect: a host that really ends in one of them (`epic.twitter.com/…`) is cut to it.
   *
   * @example
   * import { extractEntities, mediaLinkHosts } from 'embedsift';
   * extractEntities('photopic.twitter.com/abc', { gluedUrls: true, gluedHosts: mediaLinkHosts }).urls[0]?.value; // 'pic.twitter.com/abc'
   */
  gluedHosts?: readonly string[];
}
