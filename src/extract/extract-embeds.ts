import { extractHtmlEmbeds, looksLikeHtml } from '../html/index.js';
import { extractMarkdownEmbeds, hasQuoteLines, looksLikeMarkdown } from '../markdown/index.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { EmbedRecord } from '../schema/embed-record.js';
import type { InputFormat } from '../schema/source.js';
import { extractTextEmbeds } from '../text/index.js';
import { describeValue } from './describe-value.js';

/**
 * Options of {@link extractEmbeds}.
 *
 * @example
 * const options: ExtractOptions = { format: 'text' };
 */
export interface ExtractOptions {
  /**
   * The input's format. `'auto'` (the default) reads input that opens with a tag or holds common
   * HTML elements as HTML, input with Markdown link syntax (see `looksLikeMarkdown`) as Markdown,
   * anything else as text.
   */
  format?: 'auto' | InputFormat;
}

/**
 * What {@link extractEmbedsWithDiagnostics} returns.
 *
 * @example
 * const { embeds, diagnostics, format }: ExtractResult = extractEmbedsWithDiagnostics(article);
 */
export interface ExtractResult {
  /** One record per embedded post, in document order. */
  embeds: EmbedRecord[];
  /** Candidates that were rejected and records that are incomplete, with offsets, in input order. */
  diagnostics: Diagnostic[];
  /** The format the input was read as (what `'auto'` decided). */
  format: InputFormat;
}

const FORMATS = new Set(['auto', 'text', 'html', 'markdown']);

/**
 * Finds every social post embedded in an article and returns one validated-shape record per post,
 * in document order, plus diagnostics for what looked like an embed but was rejected or is
 * incomplete. Never throws on any string; a non-string input or an unknown format is a programming
 * error and throws a `TypeError`.
 *
 * @example
 * const { embeds, diagnostics } = extractEmbedsWithDiagnostics(
 *   'Nice. pic.twitter.com/x — Jane Roe (@janeroe) Smarch 45, 2024',
 * );
 * embeds[0]?.publishedAt; // null
 * diagnostics[0]?.code; // 'unknown-date'
 */
export function extractEmbedsWithDiagnostics(input: string, options: ExtractOptions = {}): ExtractResult {
  const format = resolveFormat(input, options, 'extractEmbedsWithDiagnostics');
  return { ...readAs(input, format), format };
}

/**
 * Finds every social post embedded in an article (plain text or HTML) and returns one record per
 * post, in document order. Synchronous and pure. Never throws on any string.
 *
 * @example
 * import { extractEmbeds } from 'embedsift';
 * const [post] = extractEmbeds(
 *   'Met with @IsraeliPM Netanyahu in Jerusalem. pic.twitter.com/EQsKUijoL0 — Secretary Antony Blinken (@SecBlinken) February 7, 2024',
 * );
 * post?.author.handle; // 'SecBlinken'
 * post?.publishedAt; // '2024-02-07'
 */
export function extractEmbeds(input: string, options: ExtractOptions = {}): EmbedRecord[] {
  const format = resolveFormat(input, options, 'extractEmbeds');
  return readAs(input, format).embeds;
}

function readAs(input: string, format: InputFormat): { embeds: EmbedRecord[]; diagnostics: Diagnostic[] } {
  // Text that quotes its blocks with `> ` (html-to-text) is read with the markers taken off.
  if (format === 'text') return hasQuoteLines(input) ? extractMarkdownEmbeds(input, 'quoted-text') : extractTextEmbeds(input);
  if (format === 'markdown') return extractMarkdownEmbeds(input);
  return extractHtmlEmbeds(input);
}

function resolveFormat(input: unknown, options: ExtractOptions | undefined, caller: string): InputFormat {
  if (typeof input !== 'string') {
    throw new TypeError(`${caller}: input must be a string, got ${describeValue(input)}`);
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`${caller}: options must be an object, got ${describeValue(options)}`);
  }
  const format = options?.format ?? 'auto';
  if (!FORMATS.has(format)) {
    throw new TypeError(`${caller}: options.format must be 'auto', 'text', 'html' or 'markdown', got ${describeValue(format)}`);
  }
  if (format === 'auto') return looksLikeHtml(input) ? 'html' : looksLikeMarkdown(input) ? 'markdown' : 'text';
  return format;
}
