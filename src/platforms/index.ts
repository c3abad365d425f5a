import { bluesky } from './bluesky/index.js';
import { instagram } from './instagram/index.js';
import { mastodon } from './mastodon/index.js';
import type { Platform } from './types.js';
import { twitter } from './twitter/index.js';

/**
 * Every platform embedsift knows, one line each. Order matters where forms overlap: the text
 * scanner asks each platform in turn whether a signature handle is its own.
 *
 * @example
 * import { platforms } from 'embedsift';
 * platforms.map((platform) => platform.name); // ['twitter', 'bluesky', 'mastodon', 'instagram']
 */
export const platforms: readonly Platform[] = [twitter, bluesky, mastodon, instagram];

export type { Platform, PlatformTextForms, PostRef } from './types.js';
