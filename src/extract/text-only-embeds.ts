import type { EmbedRecord } from '../schema/index.js';
import { checkOptionKeys, describeValue } from '../kit/index.js';
import type { ExtractResult } from './extract-embeds.js';
import { parseLimitKeys, readWithinLimits, resolveParseLimits, type ParseLimits } from './parse-limits.js';
import { readText } from './read-text.js';

/**
 * Options of the `embedsift/text` entry's `extractEmbeds`: the bounds on what one article may cost
 * ({@link ParseLimits}). `format` may only be `'text'`, so that options written for the main
 * entry's `extractEmbeds` with `format: 'text'` work unchanged.
 *
 * @example
 * const options: TextExtractOptions = { format: 'text', maxRecords: 50 };
 */
export interface TextExtractOptions extends ParseLimits {
  /** Always `'text'`: this entry reads flattened text only (HTML and Markdown need the main entry). */
  format?: 'text';
}

const textOptionKeys: readonly string[] = ['format', ...parseLimitKeys];

/**
 * The main entry's `extractEmbedsWithDiagnostics(input, { format: 'text' })`, with the same records
 * and diagnostics, in a module that holds neither the HTML reader nor the Markdown one: the
 * `embedsift/text` entry, for browser bundles that read flattened text only. Text that quotes its
 * blocks with `> ` is read with the markers taken off, as `format: 'text'` does. The input must be
 * a string (decode bytes with the main entry's `decodeDocument`); anything else, an unknown option
 * or a limit that is not a whole number throws a `TypeError`.
 *
 * @example
 * import { extractEmbedsWithDiagnostics } from 'embedsift/text';
 * const { embeds, format } = extractEmbedsWithDiagnostics('Met with @IsraeliPM pic.twitter.com/EQsKUijoL0 — Secretary Antony Blinken (@SecBlinken) February 7, 2024');
 * embeds[0]?.author.handle; // 'SecBlinken'
 * format; // 'text'
 */
export function extractTextOnlyWithDiagnostics(input: string, options: TextExtractOptions = {}): ExtractResult {
  return extractText(input, options, 'extractEmbedsWithDiagnostics');
}

/**
 * The main entry's `extractEmbeds(input, { format: 'text' })`, without the HTML and Markdown
 * readers in the bundle (the `embedsift/text` entry; see {@link extractTextOnlyWithDiagnostics}).
 *
 * @example
 * import { extractEmbeds } from 'embedsift/text';
 * const [post] = extractEmbeds('Met with @IsraeliPM pic.twitter.com/EQsKUijoL0 — Secretary Antony Blinken (@SecBlinken) February 7, 2024');
 * post?.publishedAt; // '2024-02-07'
 */
export function extractTextOnly(input: string, options: TextExtractOptions = {}): EmbedRecord[] {
  return extractText(input, options, 'extractEmbeds').embeds;
}

function extractText(input: unknown, options: unknown, caller: string): ExtractResult {
  if (typeof input !== 'string') {
    throw new TypeError(
      `${caller}: input must be a string, got ${describeValue(input)} (embedsift/text reads strings: decode bytes with the main entry's decodeDocument)`,
    );
  }
  if (typeof options !== 'object' || options === null)
    throw new TypeError(`${caller}: options must be an object, got ${describeValue(options)}`);
  checkOptionKeys(options, textOptionKeys, caller);
  const { format } = options as TextExtractOptions;
  if (format !== undefined && format !== 'text') {
    throw new TypeError(
      `${caller}: embedsift/text reads only format 'text', got ${describeValue(format)} (HTML and Markdown: use the main entry, embedsift)`,
    );
  }
  const limits = resolveParseLimits(options as ParseLimits, caller);
  const { embeds, diagnostics, unread } = readWithinLimits(input, limits, (text) => readText(text, limits));
  if (unread !== null) diagnostics.push(unread);
  return { embeds, diagnostics, format: 'text' };
}
