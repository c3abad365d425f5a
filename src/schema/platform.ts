import { z } from 'zod';

/**
 * Every platform embedsift knows, by the name it uses in records. X and Twitter are both `twitter`.
 *
 * @example
 * platformNameSchema.parse('twitter'); // 'twitter'
 */
export const platformNameSchema = z
  .enum([
    'twitter',
    'instagram',
    'facebook',
    'bluesky',
    'mastodon',
    'threads',
    'tiktok',
    'youtube',
    'reddit',
    'linkedin',
    'telegram',
  ])
  .meta({ description: 'The platform the post was published on; X and Twitter are both "twitter".', examples: ['twitter', 'bluesky'] });

/**
 * A platform name such as `'twitter'` or `'bluesky'`.
 *
 * @example
 * const platform: PlatformName = 'bluesky';
 */
export type PlatformName = z.infer<typeof platformNameSchema>;
