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
    name: z.string().nullable().describe('Display name as written; null when unknown.'),
    /** The handle without its `@`; Mastodon and Bluesky handles keep their domain. @example 'SecBlinken' */
    handle: z.string().nullable().describe('Handle without "@" (user@instance for Mastodon); null when unknown.'),
    /** The profile URL, when the handle is known. @example 'https://twitter.com/SecBlinken' */
    url: z.string().nullable().describe('Profile URL; null when unknown.'),
  })
  .describe('The author of the post.');

/**
 * The author of a post.
 *
 * @example
 * const author: Author = { name: 'Jane Doe', handle: 'janedoe', url: 'https://twitter.com/janedoe' };
 */
export type Author = z.infer<typeof authorSchema>;
