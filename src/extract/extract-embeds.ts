import { extractHtmlEmbeds, looksLikeHtml } from '../html/index.js';
import { extractMarkdownEmbeds, hasQuoteLines, looksLikeMarkdown } from '../markdown/index.js';
import type { Diagnostic, EmbedRecord, InputFormat } from '../schema/index.js';
import { extractTextEmbeds, type TextExtraction } from '../text/index.js';
import { limitRecords, parseLimitKeys, readablePart, resolveParseLimits, type ParseLimits, type ResolvedParseLimits } from './parse-limits.js';
import { checkOptionKeys, describeValue } from '../kit/index.js';

/**
 * Options of {@link extractEmbeds}: the input's format, and the bounds on what one article may
 * cost ({@link ParseLimits}, with defaults).
 *
 * @example
 * const options: ExtractOptions = { format: 'text', maxRecords: 50 };
 */
export interface ExtractOptions extends ParseLimits {
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
 * The option names {@link extractEmbeds} accepts; the compiler checks them against
 * {@link ExtractOptions}, so the type, the docs and the unknown-key check name the same set.
 *
 * @example
 * extractOptionKeys; // ['format', 'maxInputLength', 'maxRecords', 'maxLinks', 'maxTextLength']
 */
export const extractOptionKeys: ReadonlyArray<keyof ExtractOptions> = [
  ...Object.keys({ format: true } satisfies Record<Exclude<keyof ExtractOptions, keyof ParseLimits>, true>),
  ...parseLimitKeys,
] as Array<keyof ExtractOptions>;

/**
 * Finds every social post embedded in an article and returns one validated-shape record per post,
 * in document order, plus diagnostics for what looked like an embed but was rejected or is
 * incomplete. Never throws on any string; a non-string input, an unknown option key (a typo such as
 * `fromat`), an unknown format or a limit that is not a whole number is a programming error and throws a `TypeError`. Past a limit of
 * {@link ExtractOptions} (the input's length, the records of one article, one record's text and
 * links) a `truncated` warning says what was left out.
 *
 * @example
 * const { embeds, diagnostics } = extractEmbedsWithDiagnostics(
 *   'Nice. pic.twitter.com/x — Jane Roe (@janeroe) Smarch 45, 2024',
 * );
 * embeds[0]?.publishedAt; // null
 * diagnostics[0]?.code; // 'unknown-date'
 */
export function extractEmbedsWithDiagnostics(input: string, options: ExtractOptions = {}): ExtractResult {
  return extractWithLimits(input, options, 'extractEmbedsWithDiagnostics');
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
  return extractWithLimits(input, options, 'extractEmbeds').embeds;
}

function extractWithLimits(input: string, options: ExtractOptions, caller: string): ExtractResult {
  const requested = checkArguments(input, options, caller);
  const limits = resolveParseLimits(options, caller);
  const { text, diagnostic } = readablePart(input, limits.maxInputLength);
  const format = requested === 'auto' ? guessFormat(text) : requested;
  const extracted = readAs(text, format, limits);
  const { embeds, diagnostics } = limitRecords(extracted.embeds, extracted.diagnostics, extracted.cutAt, input.length, limits);
  // The unread tail starts where everything read ends: last in input order.
  if (diagnostic !== null) diagnostics.push(diagnostic);
  return { embeds, diagnostics, format };
}

/** What `'auto'` reads the input as: HTML, then Markdown (link syntax), then text. */
function guessFormat(text: string): InputFormat {
  if (looksLikeHtml(text)) return 'html';
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}

function readAs(text: string, format: InputFormat, limits: ResolvedParseLimits): TextExtraction {
  // Text that quotes its blocks with `> ` (html-to-text) is read with the markers taken off.
  // (A quote line holds a '>': the native search spares most texts the line regex.)
  if (format === 'text') {
    return text.includes('>') && hasQuoteLines(text) ? extractMarkdownEmbeds(text, 'quoted-text', limits) : extractTextEmbeds(text, limits);
  }
  if (format === 'markdown') return extractMarkdownEmbeds(text, 'markdown', limits);
  return extractHtmlEmbeds(text, limits);
}

function checkArguments(input: unknown, options: ExtractOptions | undefined, caller: string): 'auto' | InputFormat {
  if (typeof input !== 'string') {
    throw new TypeError(`${caller}: input must be a string, got ${describeValue(input)}`);
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`${caller}: options must be an object, got ${describeValue(options)}`);
  }
  checkOptionKeys(options, extractOptionKeys, caller);
  const format = options?.format ?? 'auto';
  if (!FORMATS.has(format)) {
    throw new TypeError(`${caller}: options.format must be 'auto', 'text', 'html' or 'markdown', got ${describeValue(format)}`);
  }
  return format;
}
