import { z } from 'zod';
import { datePrecisionSchema, localDateTimePattern, publishedAtPattern } from './dates.js';
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
 *   datePrecision: 'day',
 *   publishedAtLocal: null,
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
    id: z
      .string()
      .min(1)
      .nullable()
      .meta({
        description: 'The post id when the input carries it, else null.',
        examples: ['1755259323123712345', 'BNpLF8LD0GD', '3la7vvjpoxj2w'],
      }),
    /** The post's permalink when the input carries it, query and fragment removed. @example 'https://twitter.com/SecBlinken/status/1755259323123712345' */
    url: z
      .string()
      .min(1)
      .nullable()
      .meta({
        description: 'The permalink when the input carries it, else null.',
        examples: ['https://twitter.com/SecBlinken/status/1755259323123712345'],
      }),
    /** Who published the post. */
    author: authorSchema,
    /**
     * The post body with whitespace collapsed and trimmed, links as displayed, without the
     * signature. `''` for an image-only post; `null` when the input carries no text at all.
     * @example 'Met with @IsraeliPM Netanyahu in Jerusalem …'
     */
    text: z
      .string()
      .nullable()
      .meta({
        description: 'The post body, whitespace collapsed; "" for an image-only post, null when absent.',
        examples: ['Met with @IsraeliPM Netanyahu in Jerusalem …'],
      }),
    /**
     * The post's language, a BCP 47 tag (see `languageTagPattern`) when the input says it (`lang`
     * or `data-lang`); null when it does not, or says something empty or not a tag. Never `""`.
     * @example 'pt-BR'
     */
    lang: languageTagSchema,
    /**
     * When the post was published: a calendar day `YYYY-MM-DD` when only the day is known, else an
     * RFC 3339 timestamp with seconds and an offset, UTC written `Z` (`2017-07-13T22:10:00-07:00`;
     * milliseconds only when `datePrecision` is `id`). A time written with no zone is never passed
     * off as UTC: `publishedAt` is then its day, and `publishedAtLocal` keeps the time. Null when
     * unknown.
     * @example '2024-02-07'
     */
    publishedAt: z
      .string()
      .regex(publishedAtPattern)
      .nullable()
      .meta({
        description:
          'When the post was published: "YYYY-MM-DD" when only the day is known, else RFC 3339 with seconds and an offset, UTC written "Z" (e.g. "2017-07-13T22:10:00-07:00"); null when unknown.',
        examples: ['2024-02-07', '2017-07-13T22:10:00-07:00', '2024-02-07T15:56:48.430Z'],
      }),
    /**
     * How much of `publishedAt` is known: `day`, `minute` (seconds written `:00`), `second`, or
     * `id` (the exact instant the post id encodes, to the millisecond). Null when `publishedAt` is.
     * @example 'day'
     */
    datePrecision: datePrecisionSchema,
    /**
     * A time written without a time zone, exactly as read (`YYYY-MM-DDTHH:MM` or `…:SS`); it is
     * local to a zone the input does not name. Null when no such time was written.
     * @example '2024-11-05T12:56'
     */
    publishedAtLocal: z
      .string()
      .regex(localDateTimePattern)
      .nullable()
      .meta({
        description:
          'A time written without a zone, as read, in an unknown local zone ("YYYY-MM-DDTHH:MM[:SS]", e.g. "2024-11-05T12:56"); null otherwise.',
        examples: ['2024-11-05T12:56'],
      }),
    /** The date exactly as written in the input. @example 'February 7, 2024' */
    dateText: z
      .string()
      .nullable()
      .meta({
        description: 'The date as written in the input; null when absent.',
        examples: ['February 7, 2024', 'Jul 13, 2017 at 10:10pm PDT'],
      }),
    /** Every link in the body, in order. */
    links: z.array(linkSchema).meta({
      description: 'The links in the body, in order.',
      examples: [[{ url: 'https://pic.twitter.com/EQsKUijoL0', text: 'pic.twitter.com/EQsKUijoL0', kind: 'media' }]],
    }),
    /** Mentioned handles, without `@`, in order. @example ['IsraeliPM'] */
    mentions: z.array(z.string()).meta({ description: 'Mentioned handles without "@", in order.', examples: [['IsraeliPM']] }),
    /** Hashtags, without `#`, in order. @example ['Gaza'] */
    hashtags: z.array(z.string()).meta({ description: 'Hashtags without "#", in order.', examples: [['Gaza']] }),
    /** Cashtags, without `$`, in order. @example ['TSLA'] */
    cashtags: z.array(z.string()).meta({ description: 'Cashtags without "$", in order.', examples: [['TSLA']] }),
    /** Where the embed stood in the input. */
    source: sourceSchema,
  })
  .describe('One social post embedded in an article.');

/**
 * One embedded social post: a named interface (generated into `record-types.ts` from this schema)
 * whose fields carry their descriptions on hover.
 *
 * @example
 * const handles = records.map((record: EmbedRecord) => record.author.handle);
 */
export type { EmbedRecord } from './record-types.js';
