import type { ResolvedParseLimits } from '../extract/index.js';

/**
 * The two commands of `embedsift`.
 *
 * @example
 * const command: CliCommand = 'extract';
 */
export type CliCommand = 'extract' | 'convert';

/**
 * A `--shard k/n` selection: `index` is 1-based (1 ≤ index ≤ count).
 *
 * @example
 * const shard: Shard = { index: 2, count: 4 }; // lines 2, 6, 10, …
 */
export interface Shard {
  /** Which shard, 1-based. */
  index: number;
  /** How many shards the corpus is split into. */
  count: number;
}

/**
 * The `--expand` settings, as given on the command line.
 *
 * @example
 * const expand: ExpandSettings = { hosts: 'all', maxHops: 5, timeout: 10_000, concurrency: 32, perHost: 4, retries: 1, userAgent: undefined, allowPrivateNetworks: false, allowedPorts: undefined };
 */
export interface ExpandSettings {
  /** Short-link hosts to expand, or `'all'`; `undefined` means the expander's default list. */
  hosts: string[] | 'all' | undefined;
  /** Redirects followed per link (`--max-hops`). */
  maxHops: number | undefined;
  /** Total time per link, in milliseconds (`--timeout-ms`; the API's `totalTimeoutMs`; `--total-timeout-ms` is the same). */
  timeout: number | undefined;
  /** Requests in flight at once (`--concurrency`). */
  concurrency: number | undefined;
  /** Requests in flight per host (`--per-host`). */
  perHost: number | undefined;
  /** Retries of a failed request (`--retries`). */
  retries: number | undefined;
  /** The `User-Agent` header (`--user-agent`). */
  userAgent: string | undefined;
  /** Allow requests to loopback and private addresses (`--allow-private-networks`). */
  allowPrivateNetworks: boolean;
  /** Ports requests may go to (`--allowed-ports`); `undefined` means 80 and 443. */
  allowedPorts: number[] | 'all' | undefined;
  /** The longest one cache call may take, in milliseconds (`--cache-timeout-ms`; the API's `cacheTimeoutMs`); default 1,000. */
  cacheTimeout?: number | undefined;
}

/**
 * Everything a run of `embedsift extract|convert` needs, validated.
 *
 * @example
 * const options: CliOptions = parseArguments(['extract', 'article.txt']).options;
 */
export interface CliOptions {
  /** `extract` or `convert`. */
  command: CliCommand;
  /** Input operands; `'-'` is stdin. Never empty (no operand means `['-']`). */
  files: string[];
  /**
   * How inputs are read (`--from`): `files`, each operand one article; `jsonl`, each line one
   * article; `warc`, each HTML `response` record of a web archive one article; `parquet`, each
   * row of a Parquet table one article.
   */
  mode: 'files' | 'jsonl' | 'warc' | 'parquet';
  /**
   * How an article is read: `--from auto|html|text|markdown` for whole files; with `--from jsonl`
   * the (deprecated elsewhere) `--format` that picks the field.
   */
  format: 'auto' | 'text' | 'html' | 'markdown';
  /** `--embeds` (convert). */
  embeds: 'remove' | 'marker' | 'keep';
  /** `--marker` (convert with `--embeds marker`). */
  marker: string | undefined;
  /** `--to`: the output format (`jsonl` or `parquet` for `--from jsonl|warc|parquet`). */
  to: 'json' | 'jsonl' | 'md' | 'parquet';
  /** Whether `--to` (or the deprecated `-o FORMAT`) was given; else `to` is the mode's default. */
  toGiven: boolean;
  /** `-o FILE`: where the output goes; null is stdout. */
  outputFile: string | null;
  /**
   * `--to json` writes a JSON array whatever the number of files; false only for the deprecated
   * `-o json` with one file, which keeps writing one object.
   */
  jsonArray: boolean;
  /** `--id-field`. */
  idField: string;
  /** `--text-field`. */
  textField: string;
  /** `--html-field`. */
  htmlField: string;
  /** `--url-field`: the JSONL field holding the article's URL, the base of its relative links. */
  urlField: string;
  /** `--base-url`: the base of relative links (a JSONL line's URL field wins), or null. */
  baseUrl: string | null;
  /** `--encoding`: the encoding label of whole-file input (the transport hint), or null. */
  encoding: string | null;
  /** `--max-line-bytes`. */
  maxLineBytes: number;
  /** `--max-file-bytes`: the longest whole-file input read. */
  maxFileBytes: number;
  /** `--max-records`: the most records one article gives. */
  maxRecords: number;
  /** `--max-links`: the most links one record keeps. */
  maxLinks: number;
  /** `--max-text-length`: the longest text one record keeps, in characters (UTF-16 code units). */
  maxTextLength: number;
  /** `--strict`: exit 1 when any line or file failed. */
  strict: boolean;
  /** `--workers`; 0 runs in the main thread. */
  workers: number;
  /** `--shard k/n` (or what `--shard auto` found), or null for the whole input. */
  shard: Shard | null;
  /** `--progress` (true), `--no-progress` (false), or neither (null: only when stderr is a TTY). */
  progress: boolean | null;
  /** `--expand` settings, or null when links are not expanded. */
  expand: ExpandSettings | null;
  /** `--cache DIR` or `--cache redis://…`, or null. */
  cache: string | null;
}

/**
 * What a worker thread needs to turn input into output: the part of {@link CliOptions} that
 * travels in `workerData`.
 *
 * @example
 * const config: WorkerConfig = { command: 'extract', format: 'auto', embeds: 'marker', marker: undefined, markdown: false, output: 'jsonl', idField: 'id', textField: 'text', htmlField: 'html', urlField: 'url', baseUrl: null, encoding: null, raw: false, maxLineBytes: 16777216, maxFileBytes: 16777216, limits: { maxInputLength: 16777216, maxRecords: 1000, maxLinks: 100, maxTextLength: 100000 } };
 */
export interface WorkerConfig {
  /** `extract` or `convert`. */
  command: CliCommand;
  /** How an article is read (see {@link CliOptions.format}). */
  format: 'auto' | 'text' | 'html' | 'markdown';
  /** `--embeds`. */
  embeds: 'remove' | 'marker' | 'keep';
  /** `--marker`. */
  marker: string | undefined;
  /** Convert to Markdown (`--to md`). */
  markdown: boolean;
  /** How results are rendered. */
  output: 'json' | 'jsonl' | 'md';
  /** `--id-field`. */
  idField: string;
  /** `--text-field`. */
  textField: string;
  /** `--html-field`. */
  htmlField: string;
  /** `--url-field`. */
  urlField: string;
  /** `--base-url`. */
  baseUrl: string | null;
  /** `--encoding`. */
  encoding: string | null;
  /** Return result objects instead of rendered text (the main thread expands links first). */
  raw: boolean;
  /** `--max-line-bytes` (for the error message of a skipped line). */
  maxLineBytes: number;
  /** `--max-file-bytes` (for the error message of a skipped file). */
  maxFileBytes: number;
  /**
   * The parse limits of every article: the records, links and text flags, and an input length
   * that never binds (the byte bound of a line or file is already smaller).
   */
  limits: ResolvedParseLimits;
}

/**
 * Derives the worker-side configuration from the parsed options.
 *
 * @example
 * const config = workerConfigOf(options);
 */
export function workerConfigOf(options: CliOptions): WorkerConfig {
  return {
    command: options.command,
    format: options.format,
    embeds: options.embeds,
    marker: options.marker,
    markdown: options.command === 'convert' && options.to === 'md',
    // Parquet output is made from the JSON lines (parquet-output.ts).
    output: options.to === 'parquet' ? 'jsonl' : options.to,
    idField: options.idField,
    textField: options.textField,
    htmlField: options.htmlField,
    urlField: options.urlField,
    baseUrl: options.baseUrl,
    encoding: options.encoding,
    raw: options.expand !== null,
    maxLineBytes: options.maxLineBytes,
    maxFileBytes: options.maxFileBytes,
    limits: {
      // A UTF-8 byte gives at most one UTF-16 code unit: the byte bound is the only input bound.
      maxInputLength: Math.max(options.maxLineBytes, options.maxFileBytes),
      maxRecords: options.maxRecords,
      maxLinks: options.maxLinks,
      maxTextLength: options.maxTextLength,
    },
  };
}
