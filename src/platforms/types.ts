import type { Element } from 'domhandler';
import type { HtmlTag } from '../kit/index.js';
import type { HtmlMarkup } from './html-markups.js';

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
   * Words that may stand between the `(@handle)` of a signature and its date, naming the platform
   * in any language, lowercase (`on twitter`, `auf twitter`): skipped when the date is read.
   *
   * @example ['on bluesky']
   */
  signatureSuffixes?: readonly string[];
  /**
   * Hosts whose post permalinks may follow a signature without their scheme
   * (`— Jane (@janeroe) May 1, 2024 twitter.com/janeroe/status/20`), lowercase, without `www.`
   * or `mobile.` (which are allowed in front). A permalink with `http(s)://` is always read.
   *
   * @example ['twitter.com', 'x.com']
   */
  schemelessPermalinkHosts?: readonly string[];
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
   * The most text a post could hold, by the day it was posted, weighted as the platform counts it
   * (wide characters 2, each link in the text `linkWeight`): `lengths` in date order, each from its
   * `since` day (ISO `YYYY-MM-DD`) on, with what each link the post ends with counts then
   * (`endLinkWeight`: its media and a quoted post, which some platforms stopped counting). A run
   * of flattened text before a signature that is longer than its post could have been holds the
   * article's text too.
   *
   * @example { lengths: [{ since: '2006-03-21', length: 140, endLinkWeight: 23 }, { since: '2017-11-07', length: 280, endLinkWeight: 0 }], linkWeight: 23 }
   */
  postLimit?: {
    /** The limit from each day on, in date order, and what a link ending the post counts then. */
    lengths: readonly { since: string; length: number; endLinkWeight: number }[];
    /** What each link inside the text counts towards the limit. */
    linkWeight: number;
  };
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
   * A card whose date stands in a footer line, as Substack renders a tweet and as a rendered widget
   * flattens: a line `Name @handle`, the post's text, then a footer line holding the time and the
   * date joined by one of `footerMarks` (`7:49 PM ∙ Jan 31, 2024`). The marks are looked for to
   * find the footer; the handle must pass `isSignatureHandle`.
   *
   * @example { footerMarks: ['∙', '·'] }
   */
  footerCard?: {
    /** The marks between the footer's time and date, as the card writes them. */
    footerMarks: readonly string[];
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
 * A platform of the registry: every facet but its HTML forms, which are kept apart
 * ({@link HtmlPlatform}) so that a bundle that reads only text leaves them out. A platform is one
 * folder under `src/platforms/` that exports one `definePlatform({ … })` and its HTML forms, and
 * one line in the registry, `src/platforms/index.ts`. The readers, the link classifier, the
 * expander, the converter and the record schema all ask the registry; none keeps its own list.
 * `tests/platforms/parity.test.ts` checks that every registered platform supplies every facet and
 * is found end to end in its fixtures. See docs/adding-a-platform.md.
 *
 * @example
 * const twitter = platformNamed('twitter');
 * twitter.parsePermalink('https://x.com/jack/status/20'); // { id: '20', url: 'https://x.com/jack/status/20', handle: 'jack' }
 */
export interface Platform<Name extends string = string> {
  /** The platform's name in records (`record.platform`); the schema's enum is made of these. */
  readonly name: Name;
  /** The platform's name as people write it, for converted output (`Twitter`, `TikTok`). */
  readonly label: string;
  /** Hosts that serve the platform's posts (lowercase, without `www.`). */
  readonly hosts: readonly string[];
  /**
   * The platform's own link shorteners (lowercase; `t.co`, `youtu.be`): links on them are
   * classified `short` and expanded by default. Empty when the platform has none.
   */
  readonly shortHosts: readonly string[];
  /**
   * Hosts of the links the platform writes for a post's attached photo or video
   * (`pic.twitter.com`): links on them are classified `media` and expanded by default, and a line
   * ending in one is read as a post body whose signature was lost. Optional.
   */
  readonly mediaHosts?: readonly string[];
  /** Reads a post permalink (status URL) of this platform; null when the URL is not one. Never throws. */
  parsePermalink(url: string): PostRef | null;
  /** The profile URL of a handle (without `@`). */
  profileUrl(handle: string): string;
  /**
   * The platform's flattened-text forms. `{}` when it has none beyond a permalink standing on a
   * line of its own, which the text reader finds for every platform.
   */
  readonly text: PlatformTextForms;
  /**
   * Query parameters (lowercase names) that the platform's share buttons add to its permalinks:
   * `canonicalUrl` (in `embedsift/expand`) drops them from every URL that {@link parsePermalink}
   * reads as one of the platform's posts, beyond the tracking parameters it drops everywhere.
   * Optional.
   *
   * @example ['s', 't', 'ref_src', 'ref_url']
   */
  readonly permalinkTrackingParameters?: readonly string[];
  /**
   * The creation time (Unix ms) a post id encodes, for platforms whose ids carry one (Twitter and
   * Mastodon snowflakes, Bluesky TIDs, TikTok video ids); null for an id that carries none.
   */
  postTime?(id: string): number | null;
}

/**
 * Everything embedsift knows about a platform, facet by facet, as the package exports it
 * (`platforms` of `embedsift`): the registry's {@link Platform} with the markers of its embed
 * markup (the functions that read the markup take the HTML parser's types and stay inside).
 *
 * @example
 * import { platforms } from 'embedsift';
 * const twitter = platforms.find((p) => p.name === 'twitter');
 * twitter?.parsePermalink('https://x.com/jack/status/20'); // { id: '20', url: 'https://x.com/jack/status/20', handle: 'jack' }
 */
export interface PlatformInfo<Name extends string = string> extends Platform<Name> {
  /** The platform's embed markup: the markers that flag it in a page. */
  readonly html: PlatformHtmlMarkers;
}

/**
 * A registered platform with its HTML forms: what the HTML reader iterates.
 *
 * @example
 * const forms: HtmlPlatform['html'] = { markers: ['murmur-embed'], matchElement: () => null, readEmbed: () => ({}) };
 */
export interface HtmlPlatform<Name extends string = string> extends PlatformInfo<Name> {
  /** The platform's embed markup: the markers that flag it in a page, and how to read it. */
  readonly html: PlatformHtmlForms;
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
 *   markers: ['tiktok-embed'],
 *   matchElement: (tag) => (tag.classes.has('tiktok-embed') ? { markup: 'blockquote' } : null),
 *   readEmbed: (root) => ({ id: root.attribs['data-video-id'] ?? null }),
 * };
 */
export interface PlatformHtmlForms extends PlatformHtmlMarkers {
  /** The embed form an element is the root of, or null. Must be cheap: it runs on every marked tag. */
  matchElement(tag: HtmlTag): HtmlEmbedMatch | null;
  /** Reads the fields of one embed from its parsed fragment. Never throws on odd markup. */
  readEmbed(root: Element, match: HtmlEmbedMatch): HtmlEmbedFields;
  /**
   * The language the page sets for the platform's widgets, read from the whole page (Facebook's
   * SDK loader names its locale in its URL, `connect.facebook.net/tr_TR/sdk.js`), as a language
   * tag, or null. A record of the platform whose markup names no language takes it as `lang`, and
   * its date text is read in it. Optional; asked at most once per page, and only when the page
   * holds an embed of the platform. Must run in linear time.
   *
   * @example (html) => /connect\.facebook\.net\/([a-z]{2}_[A-Z]{2})\//.exec(html)?.[1]?.replace('_', '-') ?? null
   */
  pageLanguage?(html: string): string | null;
}

/**
 * What marks a platform's embeds in a page: the part of its HTML forms the package exports (the
 * reading functions take the HTML parser's own types and stay inside).
 *
 * @example
 * const markers: PlatformHtmlMarkers = { markers: ['tiktok-embed'] };
 */
interface PlatformHtmlMarkers {
  /**
   * Strings found in every form of the platform's embed markup (class names, attributes, embed
   * URLs), as regular-expression sources matched case-insensitively: literal text with at most a
   * small class or optional group, never a repetition that can backtrack. The HTML reader joins
   * every platform's markers into one pre-scan; a page where none occurs is not parsed, so a
   * platform whose markers miss a form silently finds nothing there.
   *
   * @example ['tiktok-embed', 'tiktok\\.com\\/embed']
   */
  readonly markers: readonly string[];
  /**
   * Whether a `<blockquote>` that lost its class but holds a link to one of the platform's
   * permalinks is taken as its embed (a CMS that strips classes leaves tweets so). Default false.
   */
  readonly classlessBlockquote?: boolean;
  /**
   * Words that, found anywhere in an element's classes (case-insensitively), mark it as a CMS or
   * site wrapper of the platform's embeds (`div.embed-twitter`, `figure.tweet-card`): lowercase
   * letters, digits and `-`. The HTML reader takes such a wrapper, up to three levels above an
   * embed that it alone holds, as part of the embed. Optional; the generic words (`embed`,
   * `social`) are the reader's own.
   *
   * @example ['tweet', 'twitter']
   */
  readonly wrapperClassWords?: readonly string[];
  /**
   * The platform's own embed elements that stand as blocks in a page (`amp-twitter`), lowercase:
   * flattening a page to text breaks the lines around them as around a `<div>`. Optional.
   *
   * @example ['amp-twitter']
   */
  readonly blockElements?: readonly string[];
  /**
   * The platform's embed widget scripts, as `host/path` without scheme, `www.`, query or fragment
   * (lowercase); `*` stands for one path segment or a whole host. `convertArticle` removes such a
   * `<script src>` when it stands right after one of the platform's embeds. Part of the HTML forms
   * (a fact about pages, which only the converter reads), so that text-only bundles leave it out.
   *
   * @example ['platform.twitter.com/widgets.js', 'platform.x.com/widgets.js']
   */
  readonly widgetScripts?: readonly string[];
}

export type { HtmlTag };
