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
  .describe('What the link is: short, media, permalink, profile, hashtag or external.');

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
    url: z.string().min(1).describe('Absolute URL with a scheme; a glued prefix such as "meetinghttps://" is repaired.'),
    /** The link exactly as displayed in the input. @example 'pic.twitter.com/EQsKUijoL0' */
    text: z.string().describe('The link as displayed in the input.'),
    /** What the link is. @example 'short' */
    kind: linkKindSchema,
    /** Where the link leads, once expanded by `embedsift/expand`. @example 'https://example.com/story' */
    expandedUrl: z.string().optional().describe('The final URL after expansion (embedsift/expand only).'),
  })
  .describe('A link in the body of a post.');

/**
 * A link in a post's body.
 *
 * @example
 * const link: Link = { url: 'https://t.co/lav5U0u7bi', text: 'https://t.co/lav5U0u7bi', kind: 'short' };
 */
export type Link = z.infer<typeof linkSchema>;
