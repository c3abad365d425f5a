import type { Diagnostic } from '../schema/index.js';

/**
 * The per-article caps the extractors apply while they build records: how many records one
 * article gives, and how long one record's text may be. `Infinity` is no cap.
 *
 * @example
 * const limits: RecordLimits = { maxRecords: 1000, maxTextLength: 100_000 };
 */
export interface RecordLimits {
  /** The most records one article gives; the rest are dropped (the extraction's `cutAt` says from where). */
  maxRecords: number;
  /** The longest record text, in UTF-16 code units; a longer one is cut with a `truncated` diagnostic. */
  maxTextLength: number;
}

/**
 * No caps: what the extractors do when called without limits.
 *
 * @example
 * extractTextEmbeds(text, unlimitedRecords);
 */
export const unlimitedRecords: RecordLimits = { maxRecords: Infinity, maxTextLength: Infinity };

/**
 * The first `max` UTF-16 code units of `text`, one fewer when the cut would split a surrogate pair.
 *
 * @example
 * cutText('abc', 2); // 'ab'
 * cutText('a😀', 2); // 'a'
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end);
}

/**
 * The `truncated` warning for the records dropped past the `maxRecords` cap: it spans from where
 * the first dropped record starts to the end of the input (every record from there on was dropped,
 * with its diagnostics).
 *
 * @example
 * droppedRecordsDiagnostic(1000, 52_000, 80_000).message;
 * // 'The article gives more than 1000 records (maxRecords); those from offset 52000 on, and their diagnostics, are not returned.'
 */
export function droppedRecordsDiagnostic(max: number, start: number, end: number): Diagnostic {
  return {
    code: 'truncated',
    severity: 'warning',
    message: `The article gives more than ${max} records (maxRecords); those from offset ${start} on, and their diagnostics, are not returned.`,
    start,
    end,
  };
}

/**
 * The `truncated` warning for a record whose text was cut at the `maxTextLength` cap; it spans the
 * record's source.
 *
 * @example
 * cutTextDiagnostic(100_000, 10, 250_010).code; // 'truncated'
 */
export function cutTextDiagnostic(max: number, start: number, end: number): Diagnostic {
  return {
    code: 'truncated',
    severity: 'warning',
    message: `A post's text is longer than ${max} characters (maxTextLength); only its first ${max} were kept and read for links.`,
    start,
    end,
  };
}
