import type { Diagnostic, EmbedRecord } from '../schema/index.js';

/**
 * The records with each `source.start` moved past the paragraphs an `uncertain-body` diagnostic
 * marks (a body start the reader inferred without certainty): a conversion cuts only what is
 * surely the post and leaves the text that may be the article's in place. Records without such a
 * diagnostic are returned as they are. Linear: records and diagnostics are both in input order.
 *
 * @example
 * trustedRanges([{ ...record, source: { ...record.source, start: 10, end: 90 } }], [{ code: 'uncertain-body', start: 10, end: 40, … }]);
 * // [{ …record, source: { …, start: 40, end: 90 } }]
 */
export function trustedRanges(records: readonly EmbedRecord[], diagnostics: readonly Diagnostic[]): EmbedRecord[] {
  const uncertain = diagnostics.filter((diagnostic) => diagnostic.code === 'uncertain-body');
  if (uncertain.length === 0) return [...records];
  let next = 0;
  return records.map((record) => {
    const { start, end } = record.source;
    while (next < uncertain.length && (uncertain[next]?.start ?? 0) < start) next++;
    const diagnostic = uncertain[next];
    if (diagnostic === undefined || diagnostic.start !== start || diagnostic.end > end) return record;
    next++;
    return { ...record, source: { ...record.source, start: diagnostic.end } };
  });
}
