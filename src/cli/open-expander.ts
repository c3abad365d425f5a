import type { ExpandOptions } from '../expand/index.js';
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
 * Creates the run's expander from the `--expand` flags and `--cache`.
 *
 * @example
 * const expander = await openExpander(options.expand, options.cache, controller.signal);
 */
export async function openExpander(settings: ExpandSettings, cacheSpec: string | null, signal: AbortSignal): Promise<EmbedExpander> {
  // Loaded only with --expand: undici and the guard stay out of the parse-only start-up.
  const expand = await import('../expand/index.js');
  const cache = cacheSpec === null ? undefined : await openCache(cacheSpec, expand.createFileCache);
  const options: ExpandOptions = {
    hosts: settings.hosts,
    maxHops: settings.maxHops,
    totalTimeout: settings.timeout,
    concurrency: settings.concurrency,
    perHost: settings.perHost,
    retries: settings.retries,
    userAgent: settings.userAgent,
    allowPrivateNetworks: settings.allowPrivateNetworks,
    allowedPorts: settings.allowedPorts,
    cache,
    signal,
  };
  for (const key of Object.keys(options) as (keyof ExpandOptions)[]) if (options[key] === undefined) delete options[key];
  const expander = expand.createExpander(options);
  return {
    expandEmbeds: (records) => expander.expandEmbeds(records as Parameters<typeof expander.expandEmbeds>[0]),
    requests: () => expander.stats().requests,
    close: async () => {
      await expander.close();
      await settleWithin(cache?.disconnect?.(), DISCONNECT_TIMEOUT_MS);
    },
  };
}

/** How long closing the cache may take: a Redis client that never connected may never say it closed. */
const DISCONNECT_TIMEOUT_MS = 1_000;

async function settleWithin(work: Promise<void> | void, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([Promise.resolve(work).catch(() => {}), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
