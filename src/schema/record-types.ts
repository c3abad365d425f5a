// Generated from src/schema/ by scripts/write-record-reference.mjs; do not edit.
// tests/schema/record-reference.test.ts checks that these interfaces are the zod schemas' types.

/**
 * One social post embedded in an article. The type of `embedRecordSchema`.
 *
 * @example
 * const handles = extractEmbeds(article).map((record: EmbedRecord) => record.author.handle);
 */
export interface EmbedRecord {
  /**
   * The platform the post was published on; X and Twitter are both "twitter".
   * @example "twitter"
   */
  platform: 'twitter' | 'bluesky' | 'mastodon' | 'instagram' | 'facebook' | 'threads' | 'tiktok' | 'youtube' | 'reddit' | 'linkedin' | 'telegram';
  /**
   * The post id when the input carries it, else null.
   * @example "1755259323123712345"
   */
  id: string | null;
  /**
   * The permalink when the input carries it, else null.
   * @example "https://twitter.com/SecBlinken/status/1755259323123712345"
   */
  url: string | null;
  /**
   * The author of the post.
   * @example {"name":"Secretary Antony Blinken","handle":"SecBlinken","url":"https://twitter.com/SecBlinken"}
   */
  author: Author;
  /**
   * The post body, whitespace collapsed; "" for an image-only post, null when absent.
   * @example "Met with @IsraeliPM Netanyahu in Jerusalem …"
   */
  text: string | null;
  /**
   * The language of the post, a BCP 47 tag such as "en" or "pt-BR", when the input says it; null
   * otherwise, never "".
   * @example "en"
   */
  lang: string | null;
  /**
   * When the post was published: "YYYY-MM-DD" when only the day is known, else RFC 3339 with
   * seconds and an offset, UTC written "Z" (e.g. "2017-07-13T22:10:00-07:00"); null when unknown.
   * @example "2024-02-07"
   */
  publishedAt: string | null;
  /**
   * How much of publishedAt is known: "day", "minute" (seconds written ":00"), "second", or "id"
   * (the instant the post id encodes, to the millisecond); null when publishedAt is null.
   * @example "day"
   */
  datePrecision: 'day' | 'minute' | 'second' | 'id' | null;
  /**
   * A time written without a zone, as read, in an unknown local zone ("YYYY-MM-DDTHH:MM[:SS]", e.g.
   * "2024-11-05T12:56"); null otherwise.
   * @example "2024-11-05T12:56"
   */
  publishedAtLocal: string | null;
  /**
   * The date as written in the input; null when absent.
   * @example "February 7, 2024"
   */
  dateText: string | null;
  /**
   * The links in the body, in order.
   * @example [{"url":"https://pic.twitter.com/EQsKUijoL0","text":"pic.twitter.com/EQsKUijoL0","kind":"media"}]
   */
  links: EmbedLink[];
  /**
   * Mentioned handles without "@", in order.
   * @example ["IsraeliPM"]
   */
  mentions: string[];
  /**
   * Hashtags without "#", in order.
   * @example ["Gaza"]
   */
  hashtags: string[];
  /**
   * Cashtags without "$", in order.
   * @example ["TSLA"]
   */
  cashtags: string[];
  /**
   * Where the embed stood in the input; input.slice(start, end) is the whole embed.
   * @example {"format":"text","start":812,"end":1130,"markup":"signature"}
   */
  source: EmbedSource;
}

/**
 * The author of the post. The type of `authorSchema`.
 *
 * @example
 * const author: Author = { name: 'Jane Doe', handle: 'janedoe', url: 'https://twitter.com/janedoe' };
 */
export interface Author {
  /**
   * Display name as written; null when unknown.
   * @example "Secretary Antony Blinken"
   */
  name: string | null;
  /**
   * Handle without "@" (user@instance for Mastodon); null when unknown.
   * @example "SecBlinken"
   */
  handle: string | null;
  /**
   * Profile URL; null when unknown.
   * @example "https://twitter.com/SecBlinken"
   */
  url: string | null;
}

/**
 * A link in the body of a post. The type of `linkSchema`.
 *
 * @example
 * const link: EmbedLink = { url: 'https://t.co/lav5U0u7bi', text: 'https://t.co/lav5U0u7bi', kind: 'short' };
 */
export interface EmbedLink {
  /**
   * Absolute URL with a scheme; a glued prefix such as "meetinghttps://" is repaired.
   * @example "https://t.co/lav5U0u7bi"
   */
  url: string;
  /**
   * The link as displayed in the input.
   * @example "pic.twitter.com/EQsKUijoL0"
   */
  text: string;
  /**
   * What the link is: short, media, permalink, profile, hashtag or external.
   * @example "short"
   */
  kind: 'short' | 'media' | 'permalink' | 'profile' | 'hashtag' | 'external';
  /**
   * The final URL after expansion (embedsift/expand only).
   * @example "https://example.com/story"
   */
  expandedUrl?: string | undefined;
}

/**
 * Where the embed stood in the input; input.slice(start, end) is the whole embed. The type of
 * `sourceSchema`.
 *
 * @example
 * const source: EmbedSource = { format: 'text', start: 0, end: 120, markup: 'signature' };
 */
export interface EmbedSource {
  /**
   * The format of the input: text, html or markdown.
   * @example "text"
   */
  format: 'text' | 'html' | 'markdown';
  /**
   * Offset of the first character, in UTF-16 code units.
   * @example 812
   */
  start: number;
  /**
   * Offset just past the last character, in UTF-16 code units.
   * @example 1130
   */
  end: number;
  /**
   * The form the embed was found in. Text: "signature", "shared-by", "posted-by", "footer", "line",
   * "header", "card", "status-url", "unsigned". HTML: the embed element ("blockquote",
   * "rendered-iframe", "amp-twitter", "div.fb-post", "url", …), or "flattened-" and a text form for
   * a post flattened to text inside the page.
   * @example "signature"
   */
  markup: 'signature' | 'shared-by' | 'posted-by' | 'footer' | 'line' | 'header' | 'card' | 'status-url' | 'unsigned' | 'blockquote' | 'blockquote-noclass' | 'rendered-iframe' | 'iframe' | 'amp-twitter' | 'amp-instagram' | 'amp-youtube' | 'lite-youtube' | 'div-data-tweet-id' | 'div.fb-post' | 'telegram' | 'substack-tweet' | 'embedly-iframe' | 'url' | 'flattened-signature' | 'flattened-shared-by' | 'flattened-posted-by' | 'flattened-footer' | 'flattened-line' | 'flattened-header' | 'flattened-card' | 'flattened-unsigned';
  /**
   * Text records: how sure the reader is of where the post body begins, 0..1 (1 when delimited,
   * lower when the boundary model inferred it).
   * @example 0.93
   */
  bodyConfidence?: number | undefined;
}

/**
 * A problem found while extracting, with where it stood. The type of `diagnosticSchema`.
 *
 * @example
 * for (const d of diagnostics) console.warn(`${d.code} at ${d.start}: ${d.message}`);
 */
export interface Diagnostic {
  /**
   * What kind of problem the diagnostic reports.
   * @example "unknown-date"
   */
  code: 'unknown-date' | 'missing-date' | 'rejected-signature' | 'rejected-embed' | 'empty-body' | 'missing-signature' | 'truncated' | 'date-mismatch' | 'invalid-encoding' | 'unknown-encoding' | 'relative-link' | 'split-signature' | 'uncertain-body';
  /**
   * "warning" for an incomplete record, "info" for a rejected candidate.
   * @example "warning"
   */
  severity: 'warning' | 'info';
  /**
   * What happened, in one sentence.
   * @example "Could not read the date \"vor 3 Tagen\"; publishedAt is null."
   */
  message: string;
  /**
   * Start offset in the input, UTF-16 code units.
   * @example 420
   */
  start: number;
  /**
   * End offset in the input, UTF-16 code units.
   * @example 431
   */
  end: number;
}
