import type { ExpansionCache } from '../expand/index.js';
import { UsageError } from './usage-error.js';

/**
 * The expander's Keyv-compatible cache as the command holds it: closed at the end of the run
 * (Keyv's `disconnect`, when the store has one).
 *
 * @example
 * const cache: RunCache = createFileCache('/tmp/embedsift-cache');
 */
export interface RunCache extends ExpansionCache {
  disconnect?(): Promise<void> | void;
}

/**
 * Opens `--cache`: a Redis URL (`redis://`, `rediss://`) through the optional packages `keyv` and
 * `@keyv/redis`, anything else as a directory through `createFileCache`. Throws
 * {@link UsageError} when the Redis packages are not installed.
 *
 * @example
 * const cache = await openCache('redis://cache.internal:6379', createFileCache);
 */
export async function openCache(spec: string, createFileCache: (directory: string) => RunCache): Promise<RunCache> {
  if (!/^rediss?:\/\//i.test(spec)) return createFileCache(spec);
  let Keyv: typeof import('keyv').Keyv;
  let KeyvRedis: typeof import('@keyv/redis').default;
  try {
    Keyv = (await import('keyv')).Keyv;
    KeyvRedis = (await import('@keyv/redis')).default;
  } catch {
    throw new UsageError('--cache redis://… needs the optional packages keyv and @keyv/redis: npm install keyv @keyv/redis');
  }
  const keyv = new Keyv({ store: new KeyvRedis(spec), namespace: 'embedsift-expand' });
  let reported = false;
  keyv.on('error', (error: unknown) => {
    // Links are still expanded without the cache; say so once, not on every reconnect attempt.
    if (reported) return;
    reported = true;
    process.stderr.write(`embedsift: cache error (expanding without the cache; further cache errors not shown): ${error instanceof Error ? error.message : String(error)}\n`);
  });
  return keyv as unknown as RunCache;
}
