import type { ExpandOptions } from '../expand/index.js';
import { createCacheWarnings } from './cache-warnings.js';
import type { ExpandSettings } from './cli-options.js';
import { openCache } from './open-cache.js';

/**
 * The part of the library's expander the command uses: one long-lived instance for the whole run.
 *
 * @example
 * const { embeds, diagnostics } = await expander.expandEmbeds(records);
 */
export interface EmbedExpander {
  /** Expands the short links of the records. */
  expandEmbeds(records: unknown[]): Promise<{ embeds: unknown[]; diagnostics: unknown[]; expansions: unknown[] }>;
  /** HTTP requests sent so far. */
  requests(): number;
  /** Closes connections and the cache. */
  close(): Promise<void>;
}

/**
 * Creates the run's expander from the `--expand` flags and `--cache`. Cache problems (timeouts,
 * errors, unusable entries) are printed on `stderr` once per kind; the run goes on without the
 * cache for the links concerned.
 *
 * @example
 * const expander = await openExpander(options.expand, options.cache, controller.signal);
 */
export async function openExpander(
  settings: ExpandSettings,
  cacheSpec: string | null,
  signal: AbortSignal,
  stderr: { write(text: string): unknown } = process.stderr,
): Promise<EmbedExpander> {
  // Loaded only with --expand: undici and the guard stay out of the parse-only start-up.
  const expand = await import('../expand/index.js');
  const onCacheWarning = createCacheWarnings(stderr);
  const cacheTimeoutMs = settings.cacheTimeout ?? expand.expandDefaults.cacheTimeoutMs;
  const cache =
    cacheSpec === null
      ? null
      : await openCache(cacheSpec, { createFileCache: expand.createFileCache, timeoutMs: cacheTimeoutMs, onWarning: onCacheWarning });
  const options: ExpandOptions = {
    hosts: settings.hosts,
    maxHops: settings.maxHops,
    totalTimeoutMs: settings.timeout,
    concurrency: settings.concurrency,
    perHost: settings.perHost,
    retries: settings.retries,
    userAgent: settings.userAgent,
    allowPrivateNetworks: settings.allowPrivateNetworks,
    allowedPorts: settings.allowedPorts,
    cache: cache?.store,
    cacheTimeoutMs,
    onCacheWarning,
    signal,
  };
  for (const key of Object.keys(options) as (keyof ExpandOptions)[]) if (options[key] === undefined) delete options[key];
  const expander = expand.createExpander(options);
  return {
    expandEmbeds: (records) => expander.expandEmbeds(records as Parameters<typeof expander.expandEmbeds>[0]),
    requests: () => expander.stats().requests,
    close: async () => {
      await expander.close();
      await cache?.close();
    },
  };
}
