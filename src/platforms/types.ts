import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import type { PlatformName } from '../schema/platform.js';
import type { HtmlMarkup } from '../schema/source.js';

/**
 * A post identified from its permalink.
 *
 * @example
 * const ref: PostRef = { id: '1755259323123712345', url: 'https://twitter.com/SecBlinken/status/1755259323123712345', handle: 'SecBlinken' };
 */
export interface PostRef {
  /** The post id as the platform writes it (kept as a string: tweet ids exceed 2^53). */
  id: string;
  /** The permalink, query and fragment removed, host and path as written. */
  url: string;
  /** The author's handle when the URL carries it, else null. */
  handle: string | null;
}

/**
 * What a platform's flattened-text signature looks like, for the text scanner.
 *
 * @example
 * const text: PlatformTextForms = {
 *   isSignatureHandle: (handle) => /^[A-Za-z0-9_]{1,15}$/.test(handle),
 *   sharedByPhrases: [],
 * };
 */
export interface PlatformTextForms {
  /**
   * Whether a `(@handle)` in a `— Name (@handle) Date` signature belongs to this platform. The
   * handle is passed without `@`. Platforms are asked in list order; the first that says yes wins.
   */
  isSignatureHandle?: (handle: string) => boolean;
  /**
   * Phrases that stand before `Name (@handle)` in this platform's flattened attribution, in any
   * language, lowercase (e.g. Instagram's `a post shared by`).
   */
  sharedByPhrases?: readonly string[];
  /**
   * Phrases the platform's widget leaves in a flattened post body, lowercase (Instagram's `view
   * this post on instagram`); removed from the start or end of the body.
   */
  widgetPhrases?: readonly string[];
  /**
   * How much text (weighted as the platform counts it, links excluded) the platform's widget shows
   * of a long post before cutting it with `…`. A flattened body ending in such a cut is taken to
   * start that far up, across the article's usual paragraph gaps.
   *
   * @example 280
   */
  truncatedLength?: number;
  /**
   * Phrases that open an attribution standing after the post text, `Posted by Name on Date`, in
   * any language, as the widget writes them (case counts: `Posted by`, `Publicado por`, …). The
   * date names the weekday, as Facebook writes it.
   *
   * @example ['Posted by', 'Publicado por']
   */
  postedByPhrases?: readonly string[];
  /**
   * The footer of a widget that carries no post text, `Post by @handle` (optional) then `View on
   * Threads`: the footer phrase as the widget writes it (case counts), and which handles the
   * platform has.
   *
   * @example { phrase: 'View on Threads', isHandle: (handle) => /^[A-Za-z0-9._]{1,30}$/.test(handle) }
   */
  footer?: {
    /** The footer phrase as the widget writes it. */
    phrase: string;
    /** Whether a handle (without `@`) read from `Post by @handle` is one of the platform's. */
    isHandle: (handle: string) => boolean;
  };
  /**
   * A flattened form that is a line of its own and carries the post's text itself, such as
   * TikTok's `@user caption #tag ♬ sound name`: a string every such line holds, and a reader.
   *
   * @example { anchor: '♬', read: (line) => (line.startsWith('@') ? { handle: 'lena.park', text: 'caption' } : null) }
   */
  lineForm?: {
    /** A string every such line holds, as the widget writes it (`♬`). */
    anchor: string;
    /** Reads the line (trimmed, at most a few hundred characters); null when it is not the form. */
    read: (line: string) => { handle: string | null; text: string | null } | null;
  };
}

/**
 * The one shape every platform implements. A platform is one folder under `src/platforms/` and one
 * line in `src/platforms/index.ts`.
 *
 * @example
 * import { platforms } from 'embedsift';
 * const twitter = platforms.find((p) => p.name === 'twitter');
 * twitter?.parsePermalink('https://x.com/jack/status/20'); // { id: '20', url: 'https://x.com/jack/status/20', handle: 'jack' }
 */
export interface Platform {
  /** The platform's name in records. */
  readonly name: PlatformName;
  /** Hosts that serve the platform's posts (lowercase, without `www.`). */
  readonly hosts: readonly string[];
  /** Reads a post permalink of this platform; null when the URL is not one. Never throws. */
  parsePermalink(url: string): PostRef | null;
  /** The profile URL of a handle (without `@`). */
  profileUrl(handle: string): string;
  /** The platform's flattened-text forms, when it has any. */
  readonly text?: PlatformTextForms;
  /** The platform's embed markup, when it has any. */
  readonly html?: PlatformHtmlForms;
  /**
   * The creation time (Unix ms) a post id encodes, for platforms whose ids carry one (Twitter and
   * Mastodon snowflakes, Bluesky TIDs, TikTok video ids); null for an id that carries none.
   */
  postTime?(id: string): number | null;
  /**
   * The platform's embed widget scripts, as `host/path` without scheme, `www.`, query or fragment
   * (lowercase); `*` stands for one path segment or a whole host. `convertArticle` removes such a
   * `<script src>` when it stands right after one of the platform's embeds.
   * @example ['platform.twitter.com/widgets.js', 'platform.x.com/widgets.js']
   */
  readonly widgetScripts?: readonly string[];
}

/**
 * An HTML start tag as the locator saw it: lowercase name, attributes with entities decoded, and
 * the class list.
 *
 * @example
 * const tag: HtmlTag = { name: 'blockquote', attributes: new Map([['class', 'twitter-tweet']]), classes: new Set(['twitter-tweet']) };
 */
export interface HtmlTag {
  /** Lowercase tag name. */
  name: string;
  /** Attributes by lowercase name, values entity-decoded. */
  attributes: ReadonlyMap<string, string>;
  /** The `class` attribute split on whitespace. */
  classes: ReadonlySet<string>;
}

/**
 * What a platform says about an element: the root of one of its embeds, and in which form.
 *
 * @example
 * const match: HtmlEmbedMatch = { markup: 'blockquote' };
 */
export interface HtmlEmbedMatch {
  /** The form, as `source.markup` names it: `blockquote`, `rendered-iframe`, `amp-twitter`, … */
  markup: HtmlMarkup;
  /** Whether this is a widget-rendered form that may have a hidden original twin to merge with. */
  rendered?: boolean;
}

/**
 * The fields an embed's markup carries; anything it does not carry is left out (the record gets
 * `null`).
 *
 * @example
 * const fields: HtmlEmbedFields = { id: '20', url: 'https://twitter.com/jack/status/20', handle: 'jack' };
 */
export interface HtmlEmbedFields {
  /** Post id. */
  id?: string | null;
  /** Permalink, query and fragment removed. */
  url?: string | null;
  /** Display name. */
  name?: string | null;
  /** Handle without `@`. */
  handle?: string | null;
  /** Body text, whitespace collapsed; null when the markup has none. */
  text?: string | null;
  /** The body's `lang`. */
  lang?: string | null;
  /** The date as shown. */
  dateText?: string | null;
  /** The date as a machine-readable timestamp (`<time datetime>`), when the markup has one. */
  datetime?: string | null;
  /** The embed's display language (`data-lang`), which the date text is written in. */
  dateLang?: string | null;
  /** The hrefs of the links in the body, in order. */
  links?: { url: string; text: string }[];
}

/**
 * A platform's embed markup: how to recognise its embed roots from start tags alone (for the cheap
 * locator), and how to read one once its fragment is parsed.
 *
 * @example
 * const forms: PlatformHtmlForms = {
 *   matchElement: (tag) => (tag.classes.has('tiktok-embed') ? { markup: 'blockquote' } : null),
 *   readEmbed: ($, root) => ({ id: $(root).attr('data-video-id') ?? null }),
 * };
 */
export interface PlatformHtmlForms {
  /** The embed form an element is the root of, or null. Must be cheap: it runs on every marked tag. */
  matchElement(tag: HtmlTag): HtmlEmbedMatch | null;
  /** Reads the fields of one embed from its parsed fragment. Never throws on odd markup. */
  readEmbed($: CheerioAPI, root: Element, match: HtmlEmbedMatch): HtmlEmbedFields;
}
