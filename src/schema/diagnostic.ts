import { z } from 'zod';

/**
 * Why something that looked like an embed was rejected or came out incomplete.
 *
 * - `unknown-date`: a signature's date could not be read; `publishedAt` is null, `dateText` kept.
 * - `missing-date`: a signature has no date after the handle.
 * - `rejected-signature`: a `(@handle)` that is not an embed signature (a byline, a prose aside).
 * - `rejected-embed`: embed markup that carries no post (a rendered widget with no id) or could not be read.
 * - `empty-body`: an embed with no body text (an image-only post, or text lost in scraping).
 * - `missing-signature`: a post body found without its signature (a line of flattened text ending
 *   in a tweet's media link); author, handle and date are unknown.
 * - `truncated`: only part of something was read: more than 1,000 rejected candidates (the rest are
 *   counted, not listed), or an HTML embed longer than 256 KB or nested deeper than 256 levels.
 * - `date-mismatch`: the written date and the time encoded in the post id disagree.
 * - `invalid-encoding`: input bytes not valid in their encoding became U+FFFD (counted, first to last).
 * - `unknown-encoding`: a charset names no encoding, or the runtime cannot decode it (read as UTF-8).
 * - `relative-link`: a relative link stayed relative, because no base URL is known.
 * - `split-signature`: a post's signature stood inside it (after its first part, the rest below);
 *   the record's text joins both parts.
 * - `uncertain-body`: the start of a post's body was inferred and the paragraphs it spans (from
 *   the body's start to the diagnostic's end) may be the article's; `convertArticle` leaves them.
 *
 * @example
 * diagnosticCodeSchema.parse('unknown-date');
 */
export const diagnosticCodeSchema = z
  .enum([
    'unknown-date',
    'missing-date',
    'rejected-signature',
    'rejected-embed',
    'empty-body',
    'missing-signature',
    'truncated',
    'date-mismatch',
    'invalid-encoding',
    'unknown-encoding',
    'relative-link',
    'split-signature',
    'uncertain-body',
  ])
  .meta({ description: 'What kind of problem the diagnostic reports.', examples: ['unknown-date'] });

/**
 * A diagnostic code such as `'unknown-date'`.
 *
 * @example
 * const code: DiagnosticCode = 'missing-date';
 */
export type DiagnosticCode = z.infer<typeof diagnosticCodeSchema>;

/**
 * A problem found while extracting: never thrown, always returned beside the records.
 *
 * @example
 * diagnosticSchema.parse({
 *   code: 'unknown-date',
 *   severity: 'warning',
 *   message: 'Could not read the date "vor 3 Tagen"; publishedAt is null.',
 *   start: 420,
 *   end: 431,
 * });
 */
export const diagnosticSchema = z
  .object({
    /** What kind of problem this is. @example 'unknown-date' */
    code: diagnosticCodeSchema,
    /** `warning` when a record is incomplete, `info` for a rejected look-alike. @example 'warning' */
    severity: z
      .enum(['warning', 'info'])
      .meta({ description: '"warning" for an incomplete record, "info" for a rejected candidate.', examples: ['warning'] }),
    /** A sentence saying what happened. @example 'Could not read the date "vor 3 Tagen".' */
    message: z
      .string()
      .meta({ description: 'What happened, in one sentence.', examples: ['Could not read the date "vor 3 Tagen"; publishedAt is null.'] }),
    /** Offset of the problem's first character in the input (UTF-16 code units). @example 420 */
    start: z
      .number()
      .int()
      .nonnegative()
      .meta({ description: 'Start offset in the input, UTF-16 code units.', examples: [420] }),
    /** Offset just past the problem (UTF-16 code units). @example 431 */
    end: z
      .number()
      .int()
      .nonnegative()
      .meta({ description: 'End offset in the input, UTF-16 code units.', examples: [431] }),
  })
  .describe('A problem found while extracting, with where it stood.');

/**
 * A problem found while extracting (an interface generated from {@link diagnosticSchema}).
 *
 * @example
 * for (const d of diagnostics) console.warn(`${d.code} at ${d.start}: ${d.message}`);
 */
export type { Diagnostic } from './record-types.js';
