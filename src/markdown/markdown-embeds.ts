import { dateMismatch, datedById } from '../dates/index.js';
import { isAsciiDigit } from '../kit/index.js';
import type { Diagnostic, EmbedRecord } from '../schema/index.js';
import { extractTextEmbeds, type RecordLimits, type TextExtraction, unlimitedRecords } from '../text/index.js';
import { type MarkdownProjection, type ProjectedSyntax, projectMarkdown, projectQuotedText } from './markdown-projection.js';
import { fromQuoteStart } from './quote-bodies.js';
import { rangeAt } from './range-at.js';
import { withMarkdownLinks } from './record-links.js';

/**
 * Finds every embedded post in a Markdown article (what turndown, node-html-markdown, Jina Reader
 * or Firecrawl make of a page): the Markdown is projected onto the text a reader sees (quote
 * markers, link syntax, escapes and emphasis gone, see `projectMarkdown`), the text reader reads
 * that, and each record gets back what the syntax carried: link hrefs (a t.co href behind a
 * visible `pic.twitter.com/…` becomes the link's `expandedUrl`), the permalink behind the
 * signature's date as `url` and `id`, and offsets into the Markdown input (`source.format` is
 * `'markdown'`; a range that starts or ends inside a link's text takes in the link's syntax).
 *
 * @example
 * const { embeds } = extractMarkdownEmbeds(
 *   '> Met with @IsraeliPM [pic.twitter.com/EQsKUijoL0](https://t.co/EQsKUijoL0)\n>\n> — Secretary Antony Blinken (@SecBlinken) [February 7, 2024](https://twitter.com/SecBlinken/status/1755259323123712345?ref_src=twsrc%5Etfw)\n',
 * );
 * embeds[0]?.id; // '1755259323123712345'
 * embeds[0]?.links[0]?.expandedUrl; // 'https://t.co/EQsKUijoL0'
 */
export function extractMarkdownEmbeds(
  input: string,
  syntax: ProjectedSyntax = 'markdown',
  limits: RecordLimits = unlimitedRecords,
): TextExtraction {
  const markdown = syntax === 'markdown';
  return readProjection(input, markdown ? projectMarkdown(input) : projectQuotedText(input), markdown ? 'markdown' : 'text', limits);
}

/**
 * `extractMarkdownEmbeds(input, 'quoted-text', limits)` without the Markdown inline reader: text
 * that quotes its blocks with `> ` (html-to-text), read with the markers taken off. The
 * `embedsift/text` entry uses it so that its bundle holds no HTML entity tables.
 *
 * @example
 * const { embeds } = extractQuotedTextEmbeds('> Met with @IsraeliPM pic.twitter.com/EQsKUijoL0\n> — Secretary Antony Blinken (@SecBlinken) February 7, 2024');
 * embeds[0]?.author.handle; // 'SecBlinken'
 */
export function extractQuotedTextEmbeds(input: string, limits: RecordLimits = unlimitedRecords): TextExtraction {
  return readProjection(input, projectQuotedText(input), 'text', limits);
}

/** Reads a projection's records and maps them back to the input; `format` is the records' `source.format`. */
function readProjection(input: string, projection: MarkdownProjection, format: 'markdown' | 'text', limits: RecordLimits): TextExtraction {
  const read = extractTextEmbeds(projection.text, limits);
  const { links } = projection;
  let first = 0;
  let previousEnd = 0;
  const mismatches: Diagnostic[] = [];
  const embeds = read.embeds.map((read): EmbedRecord => {
    const record = fromQuoteStart(read, projection.text, projection.quotes, previousEnd);
    const { start, end } = record.source;
    previousEnd = end;
    while (first < links.length && links[first]!.start < start && links[first]!.end <= start) first++;
    let last = first;
    // Links whose text lies in the range, and an empty one just at its end (`(@h)[](permalink)`).
    while (last < links.length && (links[last]!.start < end || links[last]!.end === end)) last++;
    const dated = datedById(withMarkdownLinks(record, projection.text, start, links.slice(first, last)));
    const linked = dated.record;
    const range = wholeLines(input, inputRange(projection, start, end, input.length));
    if (!dated.agrees) mismatches.push(dateMismatch(linked.publishedAt, linked.dateText, range.start, range.end));
    return {
      ...linked,
      // `record.source` has every key already: the spread of `range` keeps their order.
      source: { ...record.source, format, ...range },
    };
  });
  const diagnostics = read.diagnostics.map((diagnostic): Diagnostic => {
    const range = inputRange(projection, diagnostic.start, diagnostic.end, input.length);
    return { ...diagnostic, ...range };
  });
  if (mismatches.length > 0) {
    for (const mismatch of mismatches) diagnostics.push(mismatch);
    diagnostics.sort((a, b) => a.start - b.start);
  }
  // Where the records past maxRecords begin, as an input offset.
  const cutAt = read.cutAt === null ? null : inputRange(projection, read.cutAt, read.cutAt, input.length).start;
  return { embeds, diagnostics, cutAt };
}

/**
 * The input range a projected range stands for: from its first unit's offset to just past its
 * last unit's, widened to the whole syntax of a link its first or last unit lies in.
 */
function inputRange(projection: MarkdownProjection, start: number, end: number, inputLength: number): { start: number; end: number } {
  const { offsets, links } = projection;
  let from = start < offsets.length ? offsets[start]! : inputLength;
  if (end <= start) return { start: from, end: from };
  let to = end - 1 < offsets.length ? offsets[end - 1]! + 1 : inputLength;
  const opening = rangeAt(links, start);
  if (opening !== null) from = Math.min(from, opening.inputStart);
  const closing = rangeAt(links, end - 1);
  if (closing !== null) to = Math.max(to, closing.inputEnd);
  return { start: from, end: Math.min(Math.max(to, from), inputLength) };
}

/**
 * A range widened to whole lines where only quote markers and spaces (after a list item's marker)
 * stand before it on its first line and only spaces after it on its last, so that cutting it
 * leaves no empty `>` or list item behind.
 */
function wholeLines(input: string, { start, end }: { start: number; end: number }): { start: number; end: number } {
  let from = start;
  while (from > 0 && isMarkerCode(input.charCodeAt(from - 1))) from--;
  // A list item the quote fills (`1. > …`, `- > …`) goes with it.
  const mark = input.charCodeAt(from - 1);
  if (from < start && (mark === 0x2e || mark === 0x29 || mark === 0x2d || mark === 0x2a || mark === 0x2b)) {
    let item = from - 1;
    if (mark === 0x2e || mark === 0x29) while (item > 0 && item > from - 11 && isAsciiDigit(input.charCodeAt(item - 1))) item--;
    if (item === 0 || input.charCodeAt(item - 1) === 0x0a) from = item;
  }
  if (from > 0 && input.charCodeAt(from - 1) !== 0x0a) from = start;
  let to = end;
  while (to < input.length && (input.charCodeAt(to) === 0x20 || input.charCodeAt(to) === 0x09 || input.charCodeAt(to) === 0x0d)) to++;
  if (to < input.length && input.charCodeAt(to) !== 0x0a) to = end;
  return { start: from, end: to };
}

function isMarkerCode(code: number): boolean {
  return code === 0x3e || code === 0x20 || code === 0x09;
}
