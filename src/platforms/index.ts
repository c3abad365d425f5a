import { bluesky, blueskyHtml } from './bluesky/index.js';
import { facebook, facebookHtml } from './facebook/index.js';
import { instagram, instagramHtml } from './instagram/index.js';
import { linkedin, linkedinHtml } from './linkedin/index.js';
import { mastodon, mastodonHtml } from './mastodon/index.js';
import { reddit, redditHtml } from './reddit/index.js';
import { telegram, telegramHtml } from './telegram/index.js';
import { threads, threadsHtml } from './threads/index.js';
import { tiktok, tiktokHtml } from './tiktok/index.js';
import type { HtmlPlatform, Platform, PlatformHtmlForms, PlatformInfo } from './types.js';
import { twitter, twitterHtml } from './twitter/index.js';
import { youtube, youtubeHtml } from './youtube/index.js';

/**
 * Every platform embedsift knows, one line each: the registry. The readers, the link classifier,
 * the expander, the converter and the record schema's platform enum all come from this list; the
 * HTML reader takes each platform's HTML forms from {@link htmlPlatforms}.
 * Order matters where forms overlap: the text scanner asks each platform in turn whether a
 * signature handle is its own.
 *
 * @example
 * platforms.map((platform) => platform.name); // ['twitter', 'bluesky', 'mastodon', 'instagram', 'facebook', 'threads', 'tiktok', 'youtube', 'reddit', 'linkedin', 'telegram']
 */
export const platforms = [
  twitter,
  bluesky,
  mastodon,
  instagram,
  facebook,
  threads,
  tiktok,
  youtube,
  reddit,
  linkedin,
  telegram,
] as const satisfies readonly Platform[];

/**
 * A platform name such as `'twitter'` or `'bluesky'`: the name of a registered platform.
 *
 * @example
 * const name: PlatformName = 'bluesky';
 */
export type PlatformName = (typeof platforms)[number]['name'];

/**
 * A platform of the registry, its name typed as one of {@link PlatformName}.
 *
 * @example
 * const first: KnownPlatform = platforms[0];
 */
export type KnownPlatform = Platform<PlatformName>;

/**
 * A platform of the registry with its HTML forms, its name typed as one of {@link PlatformName}.
 *
 * @example
 * const first: KnownHtmlPlatform = htmlPlatforms[0];
 */
export type KnownHtmlPlatform = HtmlPlatform<PlatformName>;

/**
 * The names of the registered platforms, in registry order.
 *
 * @example
 * platformNames.includes('telegram'); // true
 */
export const platformNames: readonly PlatformName[] = /* @__PURE__ */ platforms.map((platform) => platform.name);

const byName = new Map<string, KnownPlatform>(platforms.map((platform) => [platform.name, platform]));

/**
 * The registered platform of a name.
 *
 * @example
 * platformNamed('youtube').label; // 'YouTube'
 */
export function platformNamed(name: PlatformName): KnownPlatform {
  return byName.get(name) as KnownPlatform;
}

/**
 * Each registered platform's HTML forms (how its embed markup is found and read), by name: the
 * registry's other half, kept out of {@link platforms} so that a bundle that reads only text (the
 * `embedsift/text` entry) leaves the HTML forms out. Typed by the registry's names: a platform
 * registered without its line here, or a line here for no registered platform, does not compile.
 */
const platformHtml: { readonly [Name in PlatformName]: PlatformHtmlForms } = {
  twitter: twitterHtml,
  bluesky: blueskyHtml,
  mastodon: mastodonHtml,
  instagram: instagramHtml,
  facebook: facebookHtml,
  threads: threadsHtml,
  tiktok: tiktokHtml,
  youtube: youtubeHtml,
  reddit: redditHtml,
  linkedin: linkedinHtml,
  telegram: telegramHtml,
};

/**
 * The registry with each platform's HTML forms, in registry order: what the HTML reader iterates.
 *
 * @example
 * htmlPlatforms[0]?.html.markers.includes('twitter-tweet'); // true
 */
export const htmlPlatforms: readonly KnownHtmlPlatform[] = /* @__PURE__ */ platforms.map(
  (platform): KnownHtmlPlatform => ({ ...platform, html: platformHtml[platform.name] }),
);

export type {
  HtmlEmbedFields,
  HtmlEmbedMatch,
  HtmlTag,
  Platform,
  PlatformInfo,
  PlatformTextForms,
  PostRef,
} from './types.js';
export { definePlatform } from './define-platform.js';
export { facetList } from './facet-lists.js';
export { hostMatches, queryParam, splitUrl } from './url-parts.js';
export { twitterStatusTrackingParameters } from './twitter/index.js';
export { htmlMarkups } from './html-markups.js';

/**
 * The registry as the package exports it (`platforms` of `embedsift`): each platform with its HTML
 * forms, typed without the HTML reader's functions so that the public types carry no HTML parser's
 * types.
 *
 * @alias the registry's `htmlPlatforms`, re-typed; knip reports no duplicate export for it.
 * @example
 * import { platforms } from 'embedsift';
 * platforms.find((platform) => platform.name === 'bluesky')?.parsePermalink('https://bsky.app/profile/a.bsky.social/post/3kq2');
 */
export const publicPlatforms: readonly PlatformInfo[] = htmlPlatforms;
