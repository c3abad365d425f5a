import { z } from 'zod';

/**
 * The grammar of a record's `publishedAt`: a calendar day `YYYY-MM-DD`, or an RFC 3339 timestamp
 * with seconds, optional milliseconds and an explicit offset, where UTC is always written `Z`
 * (never `+00:00`).
 *
 * @example
 * publishedAtPattern.test('2024-02-07'); // true
 * publishedAtPattern.test('2017-07-13T22:10:00-07:00'); // true
 * publishedAtPattern.test('2024-02-07T15:04'); // false: no zone
 */
export const publishedAtPattern = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d{3})?(?:Z|[+-](?!00:00)\d{2}:\d{2}))?$/;

/**
 * The grammar of a record's `publishedAtLocal`: a date and time with no zone, `YYYY-MM-DDTHH:MM`
 * or `YYYY-MM-DDTHH:MM:SS`.
 *
 * @example
 * localDateTimePattern.test('2024-11-05T12:56'); // true
 */
export const localDateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?$/;

/**
 * How much of `publishedAt` is known: `day`, `minute`, `second`, or `id` (the exact instant the
 * post id encodes, to the millisecond); null when `publishedAt` is null.
 *
 * @example
 * datePrecisionSchema.parse('minute'); // 'minute'
 */
export const datePrecisionSchema = z
  .enum(['day', 'minute', 'second', 'id'])
  .nullable()
  .meta({
    description:
      'How much of publishedAt is known: "day", "minute" (seconds written ":00"), "second", or "id" (the instant the post id encodes, to the millisecond); null when publishedAt is null.',
    examples: ['day', 'id'],
  });

/**
 * `'day'`, `'minute'`, `'second'` or `'id'`.
 *
 * @example
 * const precision: DatePrecision = 'id';
 */
export type DatePrecision = NonNullable<z.infer<typeof datePrecisionSchema>>;
