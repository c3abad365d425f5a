import { extractHtmlEmbeds, looksLikeHtml } from '../html/index.js';
import { extractMarkdownEmbeds, looksLikeMarkdown } from '../markdown/index.js';
import type { Diagnostic, EmbedRecord, InputFormat } from '../schema/index.js';
import type { TextExtraction } from '../text/index.js';
import { parseLimitKeys, readWithinLimits, resolveParseLimits, type ParseLimits, type ResolvedParseLimits } from './parse-limits.js';
import { checkOptionKeys, describeValue } from '../kit/index.js';
import { checkEncodingOption, decodeDocument, isBytes, withDecodingDiagnostics } from '../encoding/index.js';
import { checkBaseUrl } from '../links/index.js';
import { readText } from './read-text.js';

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
  /**
   * The page's own URL, absolute: relative links in HTML (`/status/20`, `//t.co/x`) are resolved
   * against it, and against the page's `<base href>` when it has one, as browsers do. Without it a
   * relative link stays as written, with a `relative-link` warning.
   * @example 'https://news.example/world/2024/story.html'
   */
  baseUrl?: string;
  /**
   * For bytes input: the encoding the transport said the bytes are in (HTTP's `charset`), as a
   * WHATWG label (`'windows-1252'`, `'shift_jis'`, `'utf-8'`…). A byte order mark wins over it; it
   * wins over `<meta charset>`. Ignored for a string. See `decodeDocument`.
   * @example 'shift_jis'
   */
  encoding?: string;
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
  /**
   * For bytes input only: the encoding the bytes were decoded from (`'windows-1252'`,
   * `'Shift_JIS'`, `'UTF-8'`…). Offsets then index the decoded text, which `decodeDocument`
   * returns for the same bytes and options.
   */
  encoding?: string;
}

const FORMATS = new Set(['auto', 'text', 'html', 'markdown']);

/**
 * The option names {@link extractEmbeds} accepts; the compiler checks them against
 * {@link ExtractOptions}, so the type, the docs and the unknown-key check name the same set.
 *
 * @example
 * extractOptionKeys; // ['format', 'baseUrl', 'encoding', 'maxInputLength', 'maxRecords', 'maxLinks', 'maxTextLength']
 */
export const extractOptionKeys: ReadonlyArray<keyof ExtractOptions> = [
  ...Object.keys({ format: true, baseUrl: true, encoding: true } satisfies Record<Exclude<keyof ExtractOptions, keyof ParseLimits>, true>),
  ...parseLimitKeys,
] as Array<keyof ExtractOptions>;

/**
 * Finds every social post embedded in an article and returns one validated-shape record per post,
 * in document order, plus diagnostics for what looked like an embed but was rejected or is
 * incomplete. Never throws on any string or bytes; any other input, an unknown option key (a typo such as
 * `fromat`), an unknown format or a limit that is not a whole number is a programming error and throws a `TypeError`. Past a limit of
 * {@link ExtractOptions} (the input's length, the records of one article, one record's text and
 * links) a `truncated` warning says what was left out.
 *
 * Bytes (a `Uint8Array` or `Buffer`) are decoded as `decodeDocument` decodes them (a BOM, then
 * `options.encoding`, then `<meta charset>`, then UTF-8); the result's `encoding` names the
 * encoding read, and offsets index the decoded text. `options.baseUrl` makes relative links in
 * HTML records absolute (with the page's `<base href>`).
 *
 * @example
 * const { embeds, diagnostics } = extractEmbedsWithDiagnostics(
 *   'Nice. pic.twitter.com/x — Jane Roe (@janeroe) Smarch 45, 2024',
 * );
 * embeds[0]?.publishedAt; // null
 * diagnostics[0]?.code; // 'unknown-date'
 */
export function extractEmbedsWithDiagnostics(input: string | Uint8Array, options: ExtractOptions = {}): ExtractResult {
  return extractWithLimits(input, options, 'extractEmbedsWithDiagnostics');
}

/**
 * Finds every social post embedded in an article (plain text or HTML) and returns one record per
 * post, in document order. Synchronous and pure. Never throws on any string or bytes (a
 * `Uint8Array` or `Buffer`, decoded as browsers decide their encoding; see
 * {@link extractEmbedsWithDiagnostics}).
 *
 * @example
 * import { extractEmbeds } from 'embedsift';
 * const [post] = extractEmbeds(
 *   'Met with @IsraeliPM Netanyahu in Jerusalem. pic.twitter.com/EQsKUijoL0 — Secretary Antony Blinken (@SecBlinken) February 7, 2024',
 * );
 * post?.author.handle; // 'SecBlinken'
 * post?.publishedAt; // '2024-02-07'
 */
export function extractEmbeds(input: string | Uint8Array, options: ExtractOptions = {}): EmbedRecord[] {
  return extractWithLimits(input, options, 'extractEmbeds').embeds;
}

function extractWithLimits(input: string | Uint8Array, options: ExtractOptions, caller: string): ExtractResult {
  const { format: requested, baseUrl } = checkArguments(input, options, caller);
  const limits = resolveParseLimits(options, caller);
  const decoded =
    typeof input === 'string' ? null : decodeDocument(input, options.encoding === undefined ? {} : { encoding: options.encoding });
  const whole = decoded === null ? (input as string) : decoded.text;
  let format: InputFormat = 'text';
  const limited = readWithinLimits(whole, limits, (text) => {
    format = requested === 'auto' ? guessFormat(text) : requested;
    return readAs(text, format, limits, baseUrl);
  });
  const { embeds, unread } = limited;
  const diagnostics = withDecodingDiagnostics(decoded, limited.diagnostics);
  // The unread tail starts where everything read ends: last in input order.
  if (unread !== null) diagnostics.push(unread);
  return decoded === null ? { embeds, diagnostics, format } : { embeds, diagnostics, format, encoding: decoded.encoding };
}

/** What `'auto'` reads the input as: HTML, then Markdown (link syntax), then text. */
function guessFormat(text: string): InputFormat {
  if (looksLikeHtml(text)) return 'html';
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}

function readAs(text: string, format: InputFormat, limits: ResolvedParseLimits, baseUrl: string | null): TextExtraction {
  if (format === 'text') return readText(text, limits);
  if (format === 'markdown') return extractMarkdownEmbeds(text, 'markdown', limits);
  return extractHtmlEmbeds(text, limits, baseUrl);
}

function checkArguments(
  input: unknown,
  options: ExtractOptions | undefined,
  caller: string,
): { format: 'auto' | InputFormat; baseUrl: string | null } {
  if (typeof input !== 'string' && !isBytes(input)) {
    throw new TypeError(`${caller}: input must be a string, got ${describeValue(input)} (or bytes: a Uint8Array or Buffer)`);
  }
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`${caller}: options must be an object, got ${describeValue(options)}`);
  }
  checkOptionKeys(options, extractOptionKeys, caller);
  const format = options?.format ?? 'auto';
  if (!FORMATS.has(format)) {
    throw new TypeError(`${caller}: options.format must be 'auto', 'text', 'html' or 'markdown', got ${describeValue(format)}`);
  }
  checkEncodingOption(options?.encoding, caller);
  return { format, baseUrl: checkBaseUrl(options?.baseUrl, caller) ?? null };
}
