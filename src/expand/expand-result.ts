import { z } from 'zod';

/**
 * What became of one link:
 *
 * - `expanded`: at least one redirect was followed; `expandedUrl` is where the link leads.
 * - `unchanged`: the link answered 2xx without redirecting; `expandedUrl` is the link itself.
 * - `blocked`: the link or a redirect pointed at a target the SSRF guard refuses (private address,
 *   port, scheme); nothing was sent to it.
 * - `failed`: the link could not be expanded (invalid URL, network error, timeout, HTTP error,
 *   redirect loop, too many redirects, abort).
 * - `skipped`: the link's host is not one of the hosts to expand; nothing was requested.
 *
 * @example
 * expansionStatusSchema.parse('expanded'); // 'expanded'
 */
export const expansionStatusSchema = z
  .enum(['expanded', 'unchanged', 'blocked', 'failed', 'skipped'])
  .describe('What became of the link: expanded, unchanged, blocked, failed or skipped.');

/**
 * An expansion status such as `'expanded'`.
 *
 * @example
 * const status: ExpansionStatus = 'skipped';
 */
export type ExpansionStatus = z.infer<typeof expansionStatusSchema>;

/**
 * One URL on the way from a link to its target.
 *
 * @example
 * hopSchema.parse({ url: 'https://t.co/abc', status: 301 });
 */
export const hopSchema = z
  .object({
    /** The URL of this hop, as requested (or, for the last hop, as reached). @example 'https://t.co/abc' */
    url: z.string().min(1).describe('The URL of this hop.'),
    /**
     * The HTTP status it answered with; `null` when it was not requested (a target off the
     * expansion hosts, or one the guard blocked) or gave no answer (network error, timeout).
     * @example 301
     */
    status: z.number().int().min(100).max(999).nullable().describe('HTTP status of the answer, or null when not requested or unanswered.'),
  })
  .describe('One URL on the way from a link to its target.');

/**
 * One URL on the way from a link to its target.
 *
 * @example
 * const hop: Hop = { url: 'https://bit.ly/x', status: 301 };
 */
export type Hop = z.infer<typeof hopSchema>;

/**
 * The result of expanding one link. `expandedUrl` is set exactly when `status` is `expanded` or
 * `unchanged`; `hops` shows how far any link got.
 *
 * @example
 * linkExpansionSchema.parse({
 *   url: 'https://t.co/abc',
 *   status: 'expanded',
 *   expandedUrl: 'https://example.com/story',
 *   hops: [
 *     { url: 'https://t.co/abc', status: 301 },
 *     { url: 'https://example.com/story', status: null },
 *   ],
 * });
 */
export const linkExpansionSchema = z
  .object({
    /** The link exactly as passed in. @example 'https://t.co/abc' */
    url: z.string().describe('The link as passed in.'),
    /** What became of the link. @example 'expanded' */
    status: expansionStatusSchema,
    /**
     * Where the link leads, canonicalised (see the README's canonicalisation rules); `null` unless
     * `status` is `expanded` or `unchanged`.
     * @example 'https://example.com/story'
     */
    expandedUrl: z.string().min(1).nullable().describe('The canonical target URL; null unless expanded or unchanged.'),
    /**
     * Every URL requested or reached, in order; the first is the link (canonicalised), the last
     * is where expansion stopped. Empty when the link was never requested (invalid, skipped).
     * @example [{ url: 'https://t.co/abc', status: 301 }, { url: 'https://example.com/story', status: null }]
     */
    hops: z.array(hopSchema).describe('The URLs requested or reached, in order.'),
    /**
     * Why the link was blocked, failed or skipped, in one sentence.
     * @example 'HTTP 404'
     */
    reason: z.string().optional().describe('Why the link was blocked, failed or skipped.'),
    /**
     * Why the cache could not be used for this link (it threw or timed out); the link was expanded
     * without it.
     * @example 'cache get timed out after 1000 ms'
     */
    cacheError: z.string().optional().describe('Why the cache could not be used for this link.'),
  })
  .describe('The result of expanding one link.');

/**
 * The result of expanding one link.
 *
 * @example
 * const targets = results.filter((r: LinkExpansion) => r.expandedUrl !== null).map((r) => r.expandedUrl);
 */
export type LinkExpansion = z.infer<typeof linkExpansionSchema>;
