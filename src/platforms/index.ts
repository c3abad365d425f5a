import { bluesky } from './bluesky/index.js';
import { facebook } from './facebook/index.js';
import { instagram } from './instagram/index.js';
import { linkedin } from './linkedin/index.js';
import { mastodon } from './mastodon/index.js';
import { reddit } from './reddit/index.js';
import { telegram } from './telegram/index.js';
import { threads } from './threads/index.js';
import { tiktok } from './tiktok/index.js';
import type { Platform, PlatformInfo } from './types.js';
import { twitter } from './twitter/index.js';
import { youtube } from './youtube/index.js';

/**
 * Every platform embedsift knows, one line each: the registry. The readers, the link classifier,
 * the expander, the converter and the record schema's platform enum all come from this list.
 * Order matters where forms overlap: the text scanner asks each platform in turn whether a
 * signature handle is its own.
 *
 * @example
 * import { platforms } from 'embedsift';
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
 * The names of the registered platforms, in registry order.
 *
 * @example
 * platformNames.includes('telegram'); // true
 */
export const platformNames: readonly PlatformName[] = platforms.map((platform) => platform.name);

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

export type {
  CanonicalUrlRule,
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
 * The registry as the package exports it (`platforms` of `embedsift`): the same objects, typed
 * without the HTML reader's functions so that the public types carry no HTML parser's types.
 *
 * @alias the registry's own `platforms`, re-typed; knip reports no duplicate export for it.
 * @example
 * import { platforms } from 'embedsift';
 * platforms.find((platform) => platform.name === 'bluesky')?.parsePermalink('https://bsky.app/profile/a.bsky.social/post/3kq2');
 */
export const publicPlatforms: readonly PlatformInfo[] = platforms;
