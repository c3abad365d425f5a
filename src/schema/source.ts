import { z } from 'zod';
import { htmlMarkups } from '../platforms/index.js';

/**
 * The input format a record or diagnostic was found in.
 *
 * @example
 * inputFormatSchema.parse('text'); // 'text'
 */
export const inputFormatSchema = z
  .enum(['text', 'html', 'markdown'])
  .meta({ description: 'The format of the input: text, html or markdown.', examples: ['text'] });

/**
 * `'text'`, `'html'` or `'markdown'`.
 *
 * @example
 * const format: InputFormat = 'html';
 */
export type InputFormat = z.infer<typeof inputFormatSchema>;

/**
 * The forms a post is found in as flattened text: `signature` (`— Name (@handle) Date`),
 * `shared-by` (Instagram's "A post shared by …"), `posted-by` (Facebook's "Posted by Name on
 * Date"), `footer` (a widget footer such as "View on Threads"), `line` (TikTok's `@user caption ♬
 * sound`), `header` (a card printed header first, `Name @handle · Date` then the text), `card` (a card
 * whose date stands in its footer: `Name @handle`, the text, `time ∙ date`),
 * `status-url` (a bare permalink line), `unsigned` (a body ending in a media link whose
 * signature was lost).
 *
 * @example
 * textMarkupSchema.parse('shared-by'); // 'shared-by'
 */
export const textMarkupSchema = z
  .enum(['signature', 'shared-by', 'posted-by', 'footer', 'line', 'header', 'card', 'status-url', 'unsigned'])
  .describe('The form a post is found in as flattened text.');

/**
 * A flattened-text form such as `'signature'`.
 *
 * @example
 * const markup: TextMarkup = 'signature';
 */
export type TextMarkup = z.infer<typeof textMarkupSchema>;

/**
 * The embed elements a post is found in as HTML: `blockquote` (a platform's publisher blockquote),
 * `blockquote-noclass` (a tweet blockquote whose class was stripped), `rendered-iframe` (a
 * widget-rendered iframe), `iframe`, `amp-twitter`, `amp-instagram`, `amp-youtube`,
 * `lite-youtube`, `div-data-tweet-id`, `div.fb-post`, `telegram` (Telegram's widget script), `url`
 * (a bare permalink standing as its own paragraph).
 *
 * @example
 * htmlMarkupSchema.parse('rendered-iframe'); // 'rendered-iframe'
 */
export const htmlMarkupSchema = z.enum(htmlMarkups).describe('The embed element a post is found in as HTML.');

/**
 * An HTML embed form such as `'blockquote'`.
 *
 * @example
 * const markup: HtmlMarkup = 'amp-twitter';
 */
export type HtmlMarkup = z.infer<typeof htmlMarkupSchema>;

/**
 * Every value of `source.markup`: the text forms, the HTML embed forms, and, for a post flattened
 * to text inside an HTML page, its text form prefixed `flattened-`.
 *
 * @example
 * markupSchema.parse('flattened-signature'); // 'flattened-signature'
 */
export const markupSchema = z
  .enum([
    ...textMarkupSchema.options,
    ...htmlMarkupSchema.options,
    'flattened-signature',
    'flattened-shared-by',
    'flattened-posted-by',
    'flattened-footer',
    'flattened-line',
    'flattened-header',
    'flattened-card',
    'flattened-unsigned',
  ])
  .meta({
    description:
      'The form the embed was found in. Text: "signature", "shared-by", "posted-by", "footer", "line", "header", "card", "status-url", "unsigned". HTML: the embed element ("blockquote", "rendered-iframe", "amp-twitter", "div.fb-post", "url", …), or "flattened-" and a text form for a post flattened to text inside the page.',
    examples: ['signature'],
  });

/**
 * A `source.markup` value.
 *
 * @example
 * const markup: Markup = 'flattened-shared-by';
 */
export type Markup = z.infer<typeof markupSchema>;

/**
 * Where in the input an embed stood. Offsets are UTF-16 code units (JavaScript string indices), so
 * `input.slice(start, end)` is the whole embed, signature included.
 *
 * @example
 * sourceSchema.parse({ format: 'text', start: 812, end: 1130, markup: 'signature' });
 */
export const sourceSchema = z
  .object({
    /** The format the embed was found in. @example 'text' */
    format: inputFormatSchema,
    /** Offset of the embed's first character (UTF-16 code units). @example 812 */
    start: z
      .number()
      .int()
      .nonnegative()
      .meta({ description: 'Offset of the first character, in UTF-16 code units.', examples: [812] }),
    /** Offset just past the embed's last character (UTF-16 code units). @example 1130 */
    end: z
      .number()
      .int()
      .nonnegative()
      .meta({ description: 'Offset just past the last character, in UTF-16 code units.', examples: [1130] }),
    /** The form the embed was found in (see {@link markupSchema}). @example 'signature' */
    markup: markupSchema,
    /**
     * Text records only: how sure the reader is of where the post body begins, 0..1 (1 when the
     * start is delimited, by the previous embed or the signature's own line; lower when the
     * boundary model inferred it). @example 0.93
     */
    bodyConfidence: z
      .number()
      .min(0)
      .max(1)
      .optional()
      .meta({
        description:
          'Text records: how sure the reader is of where the post body begins, 0..1 (1 when delimited, lower when the boundary model inferred it).',
        examples: [0.93],
      }),
  })
  .meta({
    description: 'Where the embed stood in the input; input.slice(start, end) is the whole embed.',
    examples: [{ format: 'text', start: 812, end: 1130, markup: 'signature' }],
  });

import type { EmbedSource } from './record-types.js';

/**
 * Where an embed stood in the input (an interface generated from {@link sourceSchema}).
 *
 * @example
 * const source: EmbedSource = { format: 'text', start: 0, end: 120, markup: 'signature' };
 */
export type { EmbedSource } from './record-types.js';

/**
 * The 0.1 name of {@link EmbedSource}.
 *
 * @example
 * const source: Source = { format: 'text', start: 0, end: 120, markup: 'signature' };
 */
export type Source = EmbedSource;
