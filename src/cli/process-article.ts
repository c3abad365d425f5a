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
 * What is known of an article besides its text.
 *
 * @example
 * const meta: ArticleMeta = { url: 'https://example.org/news/1' };
 */
export interface ArticleMeta {
  /** The page's URL (a WARC record's `WARC-Target-URI`), or null. */
  url: string | null;
}

/**
 * Runs `extract` or `convert` on one article. Throws only on a programming error of the library.
 *
 * @example
 * processArticle('Nice. pic.twitter.com/x — Jane Roe (@janeroe) May 1, 2024', 'text', config).embeds.length; // 1
 */
export function processArticle(
  input: string,
  format: 'auto' | 'text' | 'html' | 'markdown',
  config: WorkerConfig,
  meta: ArticleMeta = { url: null },
): ArticleResult {
  // LEAD: when the `bytes` branch adds the `baseUrl` option, pass `meta.url` as `baseUrl` below
  // (both calls), so a WARC page's relative links become absolute.
  void meta;
  if (config.command === 'extract') {
    const { embeds, diagnostics, format: read } = extractEmbedsWithDiagnostics(input, { format, ...config.limits });
    return { format: read, embeds, diagnostics };
  }
  const result = convertArticle(input, {
    format,
    embeds: config.embeds,
    output: config.markdown ? 'markdown' : 'same',
    ...config.limits,
    ...(config.marker === undefined ? {} : { marker: config.marker }),
  });
  return { format: result.format, embeds: result.embeds, diagnostics: result.diagnostics, output: result.output };
}
