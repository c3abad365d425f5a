import { z } from 'zod';

/**
 * What a link in a post's body is.
 *
 * - `short`: a link shortener (t.co, bit.ly, ow.ly, …) whose target is unknown until expanded.
 * - `media`: an attached photo or video (`pic.twitter.com/…`, `pic.x.com/…`).
 * - `permalink`: the URL of a post (a tweet status URL, an Instagram `/p/` URL, …).
 * - `profile`: a user's profile page (a mention rendered as a link).
 * - `hashtag`: a hashtag page.
 * - `external`: anything else.
 *
 * @example
 * linkKindSchema.parse('media'); // 'media'
 */
export const linkKindSchema = z
  .enum(['short', 'media', 'permalink', 'profile', 'hashtag', 'external'])
  .meta({ description: 'What the link is: short, media, permalink, profile, hashtag or external.', examples: ['short', 'media'] });

/**
 * A link kind such as `'short'` or `'media'`.
 *
 * @example
 * const kind: LinkKind = 'short';
 */
export type LinkKind = z.infer<typeof linkKindSchema>;

/**
 * A link found in a post's body.
 *
 * @example
 * linkSchema.parse({
 *   url: 'https://pic.twitter.com/EQsKUijoL0',
 *   text: 'pic.twitter.com/EQsKUijoL0',
 *   kind: 'media',
 * });
 */
export const linkSchema = z
  .object({
    /** The absolute URL, with a scheme (`https://` added where the text had none). @example 'https://t.co/lav5U0u7bi' */
    url: z
      .string()
      .min(1)
      .meta({
        description: 'Absolute URL with a scheme; a glued prefix such as "meetinghttps://" is repaired.',
        examples: ['https://t.co/lav5U0u7bi'],
      }),
    /** The link exactly as displayed in the input. @example 'pic.twitter.com/EQsKUijoL0' */
    text: z.string().meta({ description: 'The link as displayed in the input.', examples: ['pic.twitter.com/EQsKUijoL0'] }),
    /** What the link is. @example 'short' */
    kind: linkKindSchema,
    /** Where the link leads, once expanded by `embedsift/expand`. @example 'https://example.com/story' */
    expandedUrl: z
      .string()
      .optional()
      .meta({ description: 'The final URL after expansion (embedsift/expand only).', examples: ['https://example.com/story'] }),
  })
  .describe('A link in the body of a post.');

import type { EmbedLink } from './record-types.js';

/**
 * A link in a post's body (an interface generated from {@link linkSchema}).
 *
 * @example
 * const link: EmbedLink = { url: 'https://t.co/lav5U0u7bi', text: 'https://t.co/lav5U0u7bi', kind: 'short' };
 */
export type { EmbedLink } from './record-types.js';

/**
 * The 0.1 name of {@link EmbedLink}.
 *
 * @example
 * const link: Link = { url: 'https://t.co/lav5U0u7bi', text: 'https://t.co/lav5U0u7bi', kind: 'short' };
 */
export type Link = EmbedLink;
