import { bluesky } from './bluesky/index.js';
import { facebook } from './facebook/index.js';
import { instagram } from './instagram/index.js';
import { linkedin } from './linkedin/index.js';
import { mastodon } from './mastodon/index.js';
import { reddit } from './reddit/index.js';
import { telegram } from './telegram/index.js';
import { threads } from './threads/index.js';
import { tiktok } from './tiktok/index.js';
import type { Platform } from './types.js';
import { twitter } from './twitter/index.js';
import { youtube } from './youtube/index.js';

/**
 * Every platform embedsift knows, one line each. Order matters where forms overlap: the text
 * scanner asks each platform in turn whether a signature handle is its own.
 *
 * @example
 * import { platforms } from 'embedsift';
 * platforms.map((platform) => platform.name); // ['twitter', 'bluesky', 'mastodon', 'instagram', 'facebook', 'threads', 'tiktok', 'youtube', 'reddit', 'linkedin', 'telegram']
 */
export const platforms: readonly Platform[] = [
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
];

export type { HtmlEmbedFields, HtmlEmbedMatch, HtmlTag, Platform, PlatformHtmlForms, PlatformTextForms, PostRef } from './types.js';
export { datedById } from './post-time.js';
