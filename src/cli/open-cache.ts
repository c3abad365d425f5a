import type { CacheWarning, ExpansionCache, FileCache, FileCacheOptions } from '../expand/index.js';
import { UsageError } from './usage-error.js';

/**
 * The run's cache: the store the expander uses, and how to close it.
 *
 * @example
 * const { store, close } = await openCache('/tmp/embedsift-cache', { createFileCache, timeoutMs: 1000, onWarning });
 */
export interface RunCache {
  /** The Keyv-compatible store. */
  store: ExpansionCache;
  /**
   * Closes the store within the time bound: the file cache stops its sweep of stale temporary
   * files; a Redis client is destroyed (every command it still holds was given up on already).
   * Never rejects.
   */
  close(): Promise<void>;
}

/**
 * How {@link openCache} opens a store.
 *
 * @example
 * const how: OpenCacheOptions = { createFileCache, timeoutMs: 1000, onWarning: console.warn };
 */
export interface OpenCacheOptions {
  /** The library's `createFileCache` (loaded with the expander). */
  createFileCache: (directory: string, options: FileCacheOptions) => FileCache;
  /** The longest closing may take, in milliseconds (the cache's `cacheTimeoutMs`). */
  timeoutMs: number;
  /** Where cache problems go (the CLI prints each kind once). */
  onWarning: (warning: CacheWarning) => void;
}

/**
 * Opens `--cache`: a Redis URL (`redis://`, `rediss://`) through the optional packages `keyv` and
 * `@keyv/redis`, anything else as a directory through `createFileCache`. Opening does no I/O that
 * can wait: Redis connects on the first command (bounded, like every command, by the expander's
 * `cacheTimeoutMs`), and the file cache's sweep runs in the background. Throws {@link UsageError}
 * when the Redis packages are not installed.
 *
 * @example
 * const cache = await openCache('redis://cache.internal:6379', { createFileCache, timeoutMs: 1000, onWarning });
 */
export async function openCache(spec: string, options: OpenCacheOptions): Promise<RunCache> {
  const { timeoutMs, onWarning } = options;
  if (!/^rediss?:\/\//i.test(spec)) {
    const files = options.createFileCache(spec, { onWarning });
    return { store: files, close: () => settleWithin(files.disconnect(), timeoutMs) };
  }
  let Keyv: typeof import('keyv').Keyv;
  let KeyvRedis: typeof import('@keyv/redis').default;
  try {
    Keyv = (await import('keyv')).Keyv;
    KeyvRedis = (await import('@keyv/redis')).default;
  } catch {
    throw new UsageError('--cache redis://… needs the optional packages keyv and @keyv/redis: npm install keyv @keyv/redis');
  }
  const redis = new KeyvRedis(spec);
  const keyv = new Keyv({ store: redis, namespace: 'embedsift-expand' });
  let closing = false;
  keyv.on('error', (error: unknown) => {
    // Links are still expanded without the cache; the listener prints each kind once. Closing
    // rejects the commands given up on: nothing to report then.
    if (closing) return;
    onWarning({ code: 'cache-error', operation: 'open', message: error instanceof Error ? error.message : String(error) });
  });
  return {
    store: keyv as unknown as ExpansionCache,
    // Not QUIT: a server that stalls never answers it. Every command still queued was already
    // given up on by the expander, so destroying the connection loses nothing.
    close: () => {
      closing = true;
      return settleWithin(redis.disconnect(true), timeoutMs);
    },
  };
}

/** Waits for `work` at most `ms` milliseconds; never rejects. */
async function settleWithin(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  try {
    await Promise.race([work.catch(() => undefined), deadline]);
  } finally {
    clearTimeout(timer);
  }
}
