import { z } from 'zod';
import { languageTagSchema } from './language-tag.js';
import { authorSchema } from './author.js';
import { linkSchema } from './link.js';
import { platformNameSchema } from './platform.js';
import { sourceSchema } from './source.js';

/**
 * One embedded social post, as found in an article. Every field the input does not carry is
 * `null` (or an empty array): embedsift never invents a value.
 *
 * @example
 * const record = embedRecordSchema.parse({
 *   platform: 'twitter',
 *   id: null,
 *   url: null,
 *   author: { name: 'Secretary Antony Blinken', handle: 'SecBlinken', url: 'https://twitter.com/SecBlinken' },
 *   text: 'Met with @IsraeliPM Netanyahu in Jerusalem … pic.twitter.com/EQsKUijoL0',
 *   lang: null,
 *   publishedAt: '2024-02-07',
 *   dateText: 'February 7, 2024',
 *   links: [{ url: 'https://pic.twitter.com/EQsKUijoL0', text: 'pic.twitter.com/EQsKUijoL0', kind: 'media' }],
 *   mentions: ['IsraeliPM'],
 *   hashtags: [],
 *   cashtags: [],
 *   source: { format: 'text', start: 812, end: 1130, markup: 'signature' },
 * });
 */
export const embedRecordSchema = z
  .object({
    /** The platform the post was published on. @example 'twitter' */
    platform: platformNameSchema,
    /** The post id (tweet status id, Instagram shortcode, Bluesky rkey, …) when the input carries it. @example '1755259323123712345' */
    id: z.string().min(1).nullable().describe('The post id when the input carries it, else null.'),
    /** The post's permalink when the input carries it, query and fragment removed. @example 'https://twitter.com/SecBlinken/status/1755259323123712345' */
    url: z.string().min(1).nullable().describe('The permalink when the input carries it, else null.'),
    /** Who published the post. */
    author: authorSchema,
    /**
     * The post body with whitespace collapsed and trimmed, links as displayed, without the
     * signature. `''` for an image-only post; `null` when the input carries no text at all.
     * @example 'Met with @IsraeliPM Netanyahu in Jerusalem …'
     */
    text: z.string().nullable().describe('The post body, whitespace collapsed; "" for an image-only post, null when absent.'),
    /**
     * The post's language, a BCP 47 tag (see `languageTagPattern`) when the input says it (`lang`
     * or `data-lang`); null when it does not, or says something empty or not a tag. Never `""`.
     * @example 'pt-BR'
     */
    lang: languageTagSchema,
    /**
     * When the post was published, ISO 8601: `2024-02-07` for a day, `2024-02-07T15:04` when a time is
     * written (with an offset when the time zone is known, `Z` when exact UTC is known).
     * @example '2024-02-07'
     */
    publishedAt: z.string().nullable().describe('ISO 8601 date or date-time of publication; null when unknown.'),
    /** The date exactly as written in the input. @example 'February 7, 2024' */
    dateText: z.string().nullable().describe('The date as written in the input; null when absent.'),
    /** Every link in the body, in order. */
    links: z.array(linkSchema).describe('The links in the body, in order.'),
    /** Mentioned handles, without `@`, in order. @example ['IsraeliPM'] */
    mentions: z.array(z.string()).describe('Mentioned handles without "@", in order.'),
    /** Hashtags, without `#`, in order. @example ['Gaza'] */
    hashtags: z.array(z.string()).describe('Hashtags without "#", in order.'),
    /** Cashtags, without `$`, in order. @example ['TSLA'] */
    cashtags: z.array(z.string()).describe('Cashtags without "$", in order.'),
    /** Where the embed stood in the input. */
    source: sourceSchema,
  })
  .describe('One social post embedded in an article.');

/**
 * One embedded social post.
 *
 * @example
 * const handles = records.map((record: EmbedRecord) => record.author.handle);
 */
export type EmbedRecord = z.infer<typeof embedRecordSchema>;
