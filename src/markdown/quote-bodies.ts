import type { EmbedRecord } from '../schema/index.js';
import { entityFields } from '../text/index.js';
import { collapseWhitespace } from '../kit/index.js';
import { rangeAt } from './range-at.js';

/**
 * Where a Markdown post's body begins: a post signed inside a blockquote is the whole quote. A
 * body the text reader began further down the quote (after a first paragraph ending in `:`, which
 * in plain text introduces a post) is taken back to the quote's first line, unless another record
 * stands in between; a body it began above the quote (an article paragraph) starts at the quote. Returns the record with its projected `source.start`, text, links, mentions,
 * hashtags and cashtags read from the widened body; a record outside a quote comes back as it was.
 *
 * @example
 * // projection 'Thread, since you asked:\n\n\n1) The levy…\n\n\n— Cllr (@c) March 2, 2025', quote from 0
 * fromQuoteStart(record, projection, quotes, 0).text; // 'Thread, since you asked: 1) The levy…'
 */
export function fromQuoteStart(
  record: EmbedRecord,
  projected: string,
  quotes: readonly { start: number; end: number }[],
  previousEnd: number,
): EmbedRecord {
  if (record.source.markup !== 'signature' || record.text === null) return record;
  const { start, end } = record.source;
  const quote = rangeAt(quotes, end - 1);
  if (quote === null || quote.start === start || quote.start < previousEnd) return record;
  let text: string;
  if (quote.start > start) {
    // The body began above the quote that holds its signature: the quote alone is the post.
    const outside = collapseWhitespace(projected.slice(start, quote.start));
    if (!record.text.startsWith(outside)) return record;
    text = record.text.slice(outside.length).trim();
  } else {
    const prefix = collapseWhitespace(projected.slice(quote.start, start));
    if (prefix === '') return record;
    text = record.text === '' ? prefix : `${prefix} ${record.text}`;
  }
  return {
    ...record,
    text,
    ...entityFields(text),
    source: { ...record.source, start: quote.start },
  };
}
