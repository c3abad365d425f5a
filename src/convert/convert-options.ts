import type { Diagnostic, EmbedRecord, InputFormat } from '../schema/index.js';
import { parseLimitKeys, resolveParseLimits, type ParseLimits, type ResolvedParseLimits } from '../extract/index.js';
import { checkOptionKeys, describeValue } from '../kit/index.js';
import { checkEncodingOption, isBytes } from '../encoding/index.js';
import { checkBaseUrl } from '../links/index.js';

/**
 * What `convertArticle` does with each embed: cut it out, put a placeholder in its place, or leave
 * it where it is (and, with `output: 'markdown'`, render it as a Markdown blockquote).
 *
 * @example
 * const mode: EmbedMode = 'marker';
 */
export type EmbedMode = 'remove' | 'marker' | 'keep';

/**
 * The form of the converted article: `'same'` keeps the input's format (text stays text,
 * Markdown stays Markdown, HTML stays HTML); `'markdown'` writes the article as Markdown text
 * (HTML is written with its headings, links, lists, emphasis and tables).
 *
 * @example
 * const output: OutputForm = 'markdown';
 */
export type OutputForm = 'same' | 'markdown';

/**
 * Builds a marker for one embed: gets the record and its index in `embeds`, returns the text to
 * put in the embed's place. In HTML output the returned text is HTML-escaped; in text and Markdown
 * output it is inserted as returned.
 *
 * @example
 * const marker: MarkerFunction = (record, index) => `[post ${index + 1} by @${record.author.handle ?? '?'}]`;
 */
export type MarkerFunction = (record: EmbedRecord, index: number) => string;

/**
 * Options of `convertArticle`, with the bounds on what one article may cost ({@link ParseLimits},
 * as `extractEmbeds` takes them).
 *
 * @example
 * const options: ConvertOptions = { embeds: 'marker', marker: '[{platform} post {id}]' };
 */
export interface ConvertOptions extends ParseLimits {
  /** The input's format; `'auto'` (the default) decides as `extractEmbeds` does. */
  format?: 'auto' | InputFormat;
  /** What to do with each embed. Required. */
  embeds: EmbedMode;
  /**
   * The marker for `embeds: 'marker'`: a function of the record and its index, or a template
   * string whose `{platform}`, `{handle}`, `{name}`, `{id}`, `{url}`, `{date}` and `{index}`
   * (1-based) are replaced by the record's fields (`''` when null). Default:
   * `[embed twitter @SecBlinken 1755259323123712345]`, leaving out a null handle or id.
   */
  marker?: string | MarkerFunction;
  /** The output form; `'same'` (the default) or `'markdown'`. */
  output?: OutputForm;
  /** The page's own URL, against which relative links in the records are resolved (see `extractEmbeds`). */
  baseUrl?: string;
  /** For bytes input: the transport's encoding label, as `extractEmbeds` takes it. */
  encoding?: string;
}

/**
 * Where an embed's replacement landed in the output: `output.slice(start, end)` is its marker or
 * Markdown blockquote; for a removed (or kept) embed, the range its replacement (or the embed
 * itself) occupies, empty for a removed one.
 *
 * @example
 * const placement: Placement = { start: 120, end: 152 };
 */
export interface Placement {
  /** Offset in `output` where the replacement starts (UTF-16 code units). */
  start: number;
  /** Offset in `output` just past the replacement. */
  end: number;
}

/**
 * What `convertArticle` returns.
 *
 * @example
 * const { output, embeds, placements }: ConvertResult = convertArticle(article, { embeds: 'remove' });
 */
export interface ConvertResult {
  /** The converted article. */
  output: string;
  /** The records of the embeds found, in document order; their `source` offsets refer to the input. */
  embeds: EmbedRecord[];
  /** Parallel to `embeds`: where each embed's replacement stands in `output`. */
  placements: Placement[];
  /** The extractor's diagnostics, offsets into the input. */
  diagnostics: Diagnostic[];
  /** The format the input was read as. */
  format: InputFormat;
}

/**
 * `convertArticle`'s options after validation, with defaults applied.
 *
 * @example
 * const resolved: ResolvedConvertOptions = { format: 'auto', embeds: 'remove', marker: null, output: 'same', limits: defaultParseLimits };
 */
export interface ResolvedConvertOptions {
  /** The input format asked for. */
  format: 'auto' | InputFormat;
  /** What to do with each embed. */
  embeds: EmbedMode;
  /** The marker template or function; null for the default marker. */
  marker: string | MarkerFunction | null;
  /** The output form. */
  output: OutputForm;
  /** The bounds on one article's records. */
  limits: ResolvedParseLimits;
  /** The base URL of relative links, checked, when given. */
  baseUrl?: string | undefined;
  /** The transport's encoding (its WHATWG name), when given. */
  encoding?: string | undefined;
}

const FORMATS = new Set<unknown>(['auto', 'text', 'html', 'markdown']);
const MODES = new Set<unknown>(['remove', 'marker', 'keep']);
const OUTPUTS = new Set<unknown>(['same', 'markdown']);

/**
 * The option names `convertArticle` accepts; the compiler checks them against
 * {@link ConvertOptions}, so the type and the unknown-key check name the same set.
 *
 * @example
 * convertOptionKeys.includes('marker'); // true
 */
export const convertOptionKeys: ReadonlyArray<keyof ConvertOptions> = [
  ...Object.keys({ format: true, embeds: true, marker: true, output: true, baseUrl: true, encoding: true } satisfies Record<
    Exclude<keyof ConvertOptions, keyof ParseLimits>,
    true
  >),
  ...parseLimitKeys,
] as Array<keyof ConvertOptions>;

/**
 * Checks `convertArticle`'s arguments and applies defaults; a non-string input or a bad option is
 * a programming error and throws a `TypeError` that names the argument.
 *
 * @example
 * resolveConvertOptions('text', { embeds: 'remove' }); // { format: 'auto', embeds: 'remove', marker: null, output: 'same', limits: defaultParseLimits }
 * resolveConvertOptions('text', { embeds: 'cut' } as never); // throws TypeError
 */
export function resolveConvertOptions(input: unknown, options: unknown): ResolvedConvertOptions {
  if (typeof input !== 'string' && !isBytes(input))
    throw new TypeError(`convertArticle: input must be a string, got ${describeValue(input)} (or bytes: a Uint8Array or Buffer)`);
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`convertArticle: options must be an object with an 'embeds' mode, got ${describeValue(options)}`);
  }
  checkOptionKeys(options, convertOptionKeys, 'convertArticle');
  const { format = 'auto', embeds, marker, output = 'same' } = options as Partial<ConvertOptions>;
  if (!FORMATS.has(format))
    throw new TypeError(`convertArticle: options.format must be 'auto', 'text', 'html' or 'markdown', got ${describeValue(format)}`);
  if (!MODES.has(embeds))
    throw new TypeError(`convertArticle: options.embeds must be 'remove', 'marker' or 'keep', got ${describeValue(embeds)}`);
  if (!OUTPUTS.has(output))
    throw new TypeError(`convertArticle: options.output must be 'same' or 'markdown', got ${describeValue(output)}`);
  if (marker !== undefined && typeof marker !== 'string' && typeof marker !== 'function') {
    throw new TypeError(`convertArticle: options.marker must be a string template or a function, got ${describeValue(marker)}`);
  }
  const limits = resolveParseLimits(options as ParseLimits, 'convertArticle');
  const baseUrl = checkBaseUrl((options as ConvertOptions).baseUrl, 'convertArticle');
  const encoding = checkEncodingOption((options as ConvertOptions).encoding, 'convertArticle');
  return { format, embeds: embeds as EmbedMode, marker: marker ?? null, output, limits, baseUrl, encoding };
}
