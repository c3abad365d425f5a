import { extractEmbedsWithDiagnostics } from '../extract/index.js';
import type { EmbedRecord, InputFormat } from '../schema/index.js';
import { readOptionNames, resolveExpandOptions, type ExpandOptions } from './expand-options.js';
import type { LinkExpansion } from './expand-result.js';
import { createExpander, type ResolveEmbedsResult } from './expander.js';
import type { ExpandEmbedsResult } from './resolve-embeds.js';

/**
 * Options of {@link resolveEmbeds} and {@link resolveEmbedsWithDiagnostics}: the expander's
 * options plus the input format.
 *
 * @example
 * const options: ResolveEmbedsOptions = { format: 'text', expand: true, hosts: ['pic.twitter.com', 't.co'] };
 */
export interface ResolveEmbedsOptions extends ExpandOptions {
  /** The input's format, as for `extractEmbeds`. Default `'auto'`. */
  format?: 'auto' | InputFormat;
  /** Whether to expand links (default true); `false` only extracts, with no network access. */
  expand?: boolean;
}

/** The option names {@link resolveEmbeds} adds to the expander's, checked against {@link ResolveEmbedsOptions} by the compiler. */
const resolveEmbedsOwnKeys: readonly string[] = Object.keys({ format: true, expand: true } satisfies Record<
  Exclude<keyof ResolveEmbedsOptions, keyof ExpandOptions>,
  true
>);

/**
 * Expands links with a one-off expander (created, used, closed). One result per input, in input
 * order; never rejects because of one link. For many calls, use `createExpander`.
 *
 * @example
 * import { expandLinks } from 'embedsift/expand';
 * const [result] = await expandLinks(['https://t.co/lav5U0u7bi']);
 * result?.status; // 'expanded'
 * result?.expandedUrl; // 'https://example.com/story'
 */
export async function expandLinks(urls: readonly string[], options: ExpandOptions = {}): Promise<LinkExpansion[]> {
  const expander = createExpander(readOptionNames(options, 'expandLinks').options);
  try {
    return await expander.expandLinks(urls);
  } finally {
    await expander.close();
  }
}

/**
 * Expands the links of records you already have (from `extractEmbeds`) with a one-off expander,
 * and completes the records: `links[].expandedUrl`, and `id`, `url`, `publishedAt` from a media
 * or short link that leads to the post's permalink.
 *
 * @example
 * import { extractEmbeds } from 'embedsift';
 * import { expandEmbeds } from 'embedsift/expand';
 * const { embeds, diagnostics } = await expandEmbeds(extractEmbeds(article));
 */
export async function expandEmbeds(records: readonly EmbedRecord[], options: ExpandOptions = {}): Promise<ExpandEmbedsResult> {
  const expander = createExpander(readOptionNames(options, 'expandEmbeds').options);
  try {
    return await expander.expandEmbeds(records);
  } finally {
    await expander.close();
  }
}

/**
 * Extracts the embeds of an article (as `extractEmbedsWithDiagnostics`) and expands their links
 * (as {@link expandEmbeds}), returning records, diagnostics, the format read and the expansions.
 *
 * @example
 * const { embeds, diagnostics, expansions } = await resolveEmbedsWithDiagnostics(article, { format: 'text', expand: true });
 */
export async function resolveEmbedsWithDiagnostics(input: string, options: ResolveEmbedsOptions = {}): Promise<ResolveEmbedsResult> {
  const { format, expand, ...expandOptions } = readOptionNames(options, 'resolveEmbeds', resolveEmbedsOwnKeys)
    .options as ResolveEmbedsOptions;
  if (expand !== undefined && typeof expand !== 'boolean') {
    throw new TypeError(`resolveEmbeds: options.expand must be a boolean, got ${typeof expand}`);
  }
  if (expand === false) {
    resolveExpandOptions(expandOptions, 'resolveEmbeds');
    const extracted = extractEmbedsWithDiagnostics(input, format === undefined ? {} : { format });
    return { ...extracted, expansions: [] };
  }
  const expander = createExpander(expandOptions);
  try {
    return await expander.resolveEmbedsWithDiagnostics(input, format === undefined ? {} : { format });
  } finally {
    await expander.close();
  }
}

/**
 * Extracts the embeds of an article and expands their links: the records of `extractEmbeds` with
 * `links[].expandedUrl` filled, and `id`, `url` and `publishedAt` completed from a
 * `pic.twitter.com` or short link that leads to the post.
 *
 * @example
 * import { resolveEmbeds } from 'embedsift/expand';
 * const [post] = await resolveEmbeds('Park opens. pic.twitter.com/Hq7ZnW3pLd — Helen (@MayorAchterberg) March 19, 2024', { format: 'text', expand: true });
 * post?.id; // '1770123456789012345' (from the photo link's target)
 */
export async function resolveEmbeds(input: string, options: ResolveEmbedsOptions = {}): Promise<EmbedRecord[]> {
  return (await resolveEmbedsWithDiagnostics(input, options)).embeds;
}
