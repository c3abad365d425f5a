import { z } from 'zod';

/**
 * The input format a record or diagnostic was found in.
 *
 * @example
 * inputFormatSchema.parse('text'); // 'text'
 */
export const inputFormatSchema = z.enum(['text', 'html', 'markdown']).describe('The format of the input: text, html or markdown.');

/**
 * `'text'`, `'html'` or `'markdown'`.
 *
 * @example
 * const format: InputFormat = 'html';
 */
export type InputFormat = z.infer<typeof inputFormatSchema>;

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
    start: z.number().int().nonnegative().describe('Offset of the first character, in UTF-16 code units.'),
    /** Offset just past the embed's last character (UTF-16 code units). @example 1130 */
    end: z.number().int().nonnegative().describe('Offset just past the last character, in UTF-16 code units.'),
    /**
     * The form the embed was found in: for text `signature` (`— Name (@handle) Date`),
     * `shared-by` (Instagram's "A post shared by …"), `status-url` (a bare permalink line).
     * @example 'signature'
     */
    markup: z.string().describe('The form the embed was found in, e.g. "signature" or "shared-by".'),
    /**
     * Text records only: how sure the reader is of where the post body begins, 0..1 (1 when the
     * start is delimited, by the previous embed or the signature's own line; lower when the
     * boundary model inferred it). @example 0.93
     */
    bodyConfidence: z.number().min(0).max(1).optional().describe('Text records: how sure the body start is, 0..1 (1 when delimited, lower when inferred).'),
  })
  .describe('Where the embed stood in the input.');

/**
 * Where an embed stood in the input.
 *
 * @example
 * const source: Source = { format: 'text', start: 0, end: 120, markup: 'signature' };
 */
export type Source = z.infer<typeof sourceSchema>;
