import { decodeDocument, withDecodingDiagnostics } from '../encoding/index.js';
import { baseHref, flattenHtml } from '../html/index.js';
import { documentBaseUrl } from '../links/index.js';
import { extractEmbedsWithDiagnostics } from '../extract/index.js';
import type { EmbedRecord } from '../schema/index.js';
import {
  type ConvertOptions,
  type ConvertResult,
  type Placement,
  resolveConvertOptions,
  type ResolvedConvertOptions,
} from './convert-options.js';
import { markerPieces, quotePieces } from './embed-replacements.js';
import { type EmbedUnit, groupEmbedRanges, sourceRange } from './embed-units.js';
import { escapeMarkdown, htmlToMarkdown } from './markdown/index.js';
import { planHtmlCuts } from './plan-html-cuts.js';
import { planTextCuts } from './plan-text-cuts.js';
import { withSdkLoaderCuts } from './sdk-loaders.js';
import { type CutPiece, spliceCuts } from './splice-cuts.js';
import { trustedRanges } from './uncertain-edges.js';

/**
 * Converts an article: finds its embeds (as `extractEmbedsWithDiagnostics` does) and removes each
 * one, replaces it with a marker, or keeps it; with `output: 'markdown'` writes the article as
 * Markdown, each kept embed a blockquote with its attribution and permalink. Returns the output,
 * the records (their `source` offsets refer to the input), where each embed's replacement landed
 * in the output (`placements`, parallel to `embeds`), the diagnostics and the format read.
 *
 * Bytes (`Uint8Array`, `Buffer`) are decoded first, as `decodeDocument` does (`encoding` is the
 * transport hint); the output is a string and offsets index the decoded text. Relative links in
 * the records are resolved against `baseUrl` and the page's `<base href>`, as `extractEmbeds` does.
 *
 * Synchronous, pure and linear; never throws on any string or bytes. Any other input or a bad
 * option throws a `TypeError`.
 *
 * @example
 * import { convertArticle } from 'embedsift';
 * const article = 'The mayor celebrated.\n\nWe did it! #Northline — Helen Achterberg (@MayorAchterberg) March 19, 2024\n\nThe plan costs 38 million.\n';
 * convertArticle(article, { embeds: 'remove' }).output;
 * // 'The mayor celebrated.\n\nThe plan costs 38 million.\n'
 * convertArticle(article, { embeds: 'marker' }).output;
 * // 'The mayor celebrated.\n\n[embed twitter @MayorAchterberg]\n\nThe plan costs 38 million.\n'
 */
export function convertArticle(bytesOrText: string | Uint8Array, options: ConvertOptions): ConvertResult {
  const resolved = resolveConvertOptions(bytesOrText, options);
  const decoded =
    typeof bytesOrText === 'string'
      ? null
      : decodeDocument(bytesOrText, resolved.encoding === undefined ? {} : { encoding: resolved.encoding });
  const input = decoded === null ? (bytesOrText as string) : decoded.text;
  const extracted = extractEmbedsWithDiagnostics(input, {
    format: resolved.format,
    ...resolved.limits,
    ...(resolved.baseUrl === undefined ? {} : { baseUrl: resolved.baseUrl }),
  });
  const { embeds, format } = extracted;
  let diagnostics = withDecodingDiagnostics(decoded, extracted.diagnostics);
  // Text whose body start was inferred without certainty stays in the article: only the sure part is cut.
  const units = groupEmbedRanges(trustedRanges(embeds, diagnostics), input.length);
  let converted: { output: string; placements: Placement[] };
  if (resolved.output === 'markdown' && format === 'html') {
    const written = htmlToMarkdown(input, {
      baseUrl: documentBaseUrl(baseHref(input), resolved.baseUrl ?? null),
      stretches: units,
      recordCount: embeds.length,
      blocksFor: (unit) => markdownBlocks(unit, flattenHtml(input.slice(unit.start, unit.end)).text, embeds, resolved),
    });
    converted = written;
    if (written.diagnostics.length > 0) diagnostics = [...diagnostics, ...written.diagnostics].sort((a, b) => a.start - b.start);
  } else if (resolved.embeds === 'keep' && resolved.output === 'same') {
    converted = { output: input, placements: embeds.map((record) => sourceRange(record, input.length)) };
  } else if (format === 'html') {
    converted = spliceCuts(input, withSdkLoaderCuts(input, planHtmlCuts(input, units, embeds, resolved), embeds), embeds.length);
  } else {
    converted = spliceCuts(input, planTextCuts(input, units, embeds, resolved), embeds.length);
  }
  return { output: converted.output, embeds, placements: converted.placements, diagnostics, format };
}

/** What stands for one embed unit when an HTML article is written as Markdown. */
function markdownBlocks(unit: EmbedUnit, embedText: string, embeds: readonly EmbedRecord[], options: ResolvedConvertOptions): CutPiece[] {
  if (options.embeds === 'remove') return [];
  if (options.embeds === 'marker') {
    // Each marker is its own paragraph.
    return markerPieces(unit, embeds, options.marker, { separator: '', escapeField: escapeMarkdown }).filter(
      (piece) => piece.records.length > 0,
    );
  }
  return quotePieces(unit, embeds, embedText);
}
