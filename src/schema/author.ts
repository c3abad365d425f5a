import { z } from 'zod';

/**
 * Who published the post. Each field is `null` when the input does not carry it.
 *
 * @example
 * authorSchema.parse({ name: 'Secretary Antony Blinken', handle: 'SecBlinken', url: 'https://twitter.com/SecBlinken' });
 */
export const authorSchema = z
  .object({
    /** The display name as written, emoji and all. @example 'Secretary Antony Blinken' */
    name: z
      .string()
      .nullable()
      .meta({ description: 'Display name as written; null when unknown.', examples: ['Secretary Antony Blinken'] }),
    /** The handle without its `@`; Mastodon and Bluesky handles keep their domain. @example 'SecBlinken' */
    handle: z
      .string()
      .nullable()
      .meta({
        description: 'Handle without "@" (user@instance for Mastodon); null when unknown.',
        examples: ['SecBlinken', 'Gargron@mastodon.social'],
      }),
    /** The profile URL, when the handle is known. @example 'https://twitter.com/SecBlinken' */
    url: z
      .string()
      .nullable()
      .meta({ description: 'Profile URL; null when unknown.', examples: ['https://twitter.com/SecBlinken'] }),
  })
  .meta({
    description: 'The author of the post.',
    examples: [{ name: 'Secretary Antony Blinken', handle: 'SecBlinken', url: 'https://twitter.com/SecBlinken' }],
  });

/**
 * The author of a post (an interface generated from {@link authorSchema}).
 *
 * @example
 * const author: Author = { name: 'Jane Doe', handle: 'janedoe', url: 'https://twitter.com/janedoe' };
 */
export type { Author } from './record-types.js';
