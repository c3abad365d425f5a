import { z } from 'zod';
import { platformNames } from '../platforms/index.js';

/**
 * Every platform embedsift knows, by the name it uses in records: the names of the platform
 * registry (`src/platforms/index.ts`), in its order. X and Twitter are both `twitter`.
 *
 * @example
 * platformNameSchema.parse('twitter'); // 'twitter'
 */
export const platformNameSchema = z
  .enum(platformNames)
  .meta({ description: 'The platform the post was published on; X and Twitter are both "twitter".', examples: ['twitter', 'bluesky'] });

/**
 * A platform name such as `'twitter'` or `'bluesky'`.
 *
 * @example
 * const platform: PlatformName = 'bluesky';
 */
export type PlatformName = z.infer<typeof platformNameSchema>;
