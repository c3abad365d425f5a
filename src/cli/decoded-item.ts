import { decodeDocument, withDecodingDiagnostics, type DecodeOptions } from '../encoding/index.js';
import type { Diagnostic } from '../schema/index.js';
import type { ItemResult } from './batch-protocol.js';
import type { WorkerConfig } from './cli-options.js';
import { processArticle } from './process-article.js';

/**
 * Decodes a document's bytes as browsers do (`decode` holds the transport hint), runs extract or
 * convert on the text, and makes its result item: the `head` fields (the id and URL), then format,
 * embeds, diagnostics (the decoding's merged in) and, for convert, the output. A WARC record's
 * body and a Parquet cell go this way. An unexpected failure becomes an error item: `where` (the
 * fields that name the article) and the error. Never throws.
 *
 * @example
 * decodedItem(bytes, { contentType: 'text/html; charset=utf-8' }, 'html', config, 'https://news.example/a', { id, url }, { id, url, file, offset });
 */
export function decodedItem(
  bytes: Uint8Array,
  decode: DecodeOptions,
  format: 'html' | 'text',
  config: WorkerConfig,
  baseUrl: string | null,
  head: Record<string, unknown>,
  where: Record<string, unknown>,
): ItemResult {
  try {
    const decoded = decodeDocument(bytes, decode);
    const result = processArticle(decoded.text, format, config, baseUrl);
    const diagnostics = withDecodingDiagnostics(decoded, result.diagnostics as Diagnostic[]);
    const value: Record<string, unknown> = { ...head, format: result.format, embeds: result.embeds, diagnostics };
    if (result.output !== undefined) value.output = result.output;
    return { value, failed: false, embeds: result.embeds.length };
  } catch (error) {
    return {
      value: { ...where, error: `internal error: ${error instanceof Error ? error.message : String(error)}` },
      failed: true,
      embeds: 0,
    };
  }
}
