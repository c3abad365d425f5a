import { convertArticle } from '../convert/index.js';
import { extractEmbedsWithDiagnostics } from '../extract/index.js';
import type { WorkerConfig } from './cli-options.js';

/**
 * The result of one article: the format it was read as, the records, the diagnostics, and for
 * `convert` the converted article.
 *
 * @example
 * const result: ArticleResult = { format: 'text', embeds: [], diagnostics: [] };
 */
export interface ArticleResult {
  /** The format the article was read as. */
  format: string;
  /** One record per embedded post. */
  embeds: unknown[];
  /** What was rejected or is incomplete. */
  diagnostics: unknown[];
  /** `convert` only: the converted article. */
  output?: string;
}

/**
 * Runs `extract` or `convert` on one article: a JSONL field's text, or a whole file's bytes
 * (decoded as browsers decide, `--encoding` the transport hint). `baseUrl` (the line's URL field, a WARC
 * record's `WARC-Target-URI`, else `--base-url`) resolves relative links. Throws only on a programming error of the library.
 *
 * @example
 * processArticle('Nice. pic.twitter.com/x — Jane Roe (@janeroe) May 1, 2024', 'text', config, null).embeds.length; // 1
 */
export function processArticle(
  input: string | Uint8Array,
  format: 'auto' | 'text' | 'html' | 'markdown',
  config: WorkerConfig,
  baseUrl: string | null,
): ArticleResult {
  const read = {
    ...(baseUrl === null ? {} : { baseUrl }),
    ...(config.encoding === null || typeof input === 'string' ? {} : { encoding: config.encoding }),
  };
  if (config.command === 'extract') {
    const { embeds, diagnostics, format: readAs } = extractEmbedsWithDiagnostics(input, { format, ...config.limits, ...read });
    return { format: readAs, embeds, diagnostics };
  }
  const result = convertArticle(input, {
    format,
    embeds: config.embeds,
    output: config.markdown ? 'markdown' : 'same',
    ...config.limits,
    ...read,
    ...(config.marker === undefined ? {} : { marker: config.marker }),
  });
  return { format: result.format, embeds: result.embeds, diagnostics: result.diagnostics, output: result.output };
}
