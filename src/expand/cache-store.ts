/**
 * The cache the expander reads and writes: any Keyv-compatible store. A `Keyv` instance (with any
 * of its stores, Redis included through `@keyv/redis`) fits, and so does a plain object with these
 * methods. Methods may be synchronous or return promises. `ttl` is in milliseconds.
 *
 * @example
 * import Keyv from 'keyv';
 * const cache: ExpansionCache = new Keyv();
 * const map = new Map();
 * const tiny: ExpansionCache = { get: (key) => map.get(key), set: (key, value) => void map.set(key, value) };
 */
export interface ExpansionCache {
  /** The value stored under `key`, or `undefined` when there is none (or it expired). */
  get(key: string): unknown;
  /** Stores `value` under `key`, for `ttl` milliseconds when given. */
  set(key: string, value: unknown, ttl?: number): unknown;
  /** Removes `key`; optional. */
  delete?(key: string): unknown;
}

/**
 * A cache read as the expander sees it: the value, or why the cache could not answer.
 *
 * @example
 * const read: CacheRead = { value: undefined, error: 'cache get timed out after 1000 ms' };
 */
export interface CacheRead {
  /** The stored value, `undefined` on a miss or an error. */
  value: unknown;
  /** Why the cache failed, when it threw, rejected or timed out. */
  error?: string;
}

/**
 * A cache wrapped so that it never throws and never waits longer than `timeoutMs`: a store that
 * fails degrades to "no cache" for that operation and says why.
 *
 * @example
 * const safe = guardCache(new Map() as unknown as ExpansionCache, 1000);
 * const { value, error } = await safe.get('k');
 */
export interface GuardedCache {
  /** Reads `key`; never rejects. */
  get(key: string): Promise<CacheRead>;
  /** Writes `key`; resolves to an error message when the write failed, else undefined. Never rejects. */
  set(key: string, value: unknown, ttl: number): Promise<string | undefined>;
}

/**
 * Wraps a user's cache with a timeout and error capture; see {@link GuardedCache}.
 *
 * @example
 * const safe = guardCache(createMemoryCache(), 1000);
 * await safe.set('k', { a: 1 }, 60_000); // undefined
 */
export function guardCache(store: ExpansionCache, timeoutMs: number): GuardedCache {
  return {
    async get(key) {
      try {
        return { value: await withTimeout(() => store.get(key), timeoutMs, 'get') };
      } catch (error) {
        return { value: undefined, error: describeCacheError(error, 'get') };
      }
    },
    async set(key, value, ttl) {
      try {
        await withTimeout(() => store.set(key, value, ttl), timeoutMs, 'set');
        return undefined;
      } catch (error) {
        return describeCacheError(error, 'set');
      }
    },
  };
}

class CacheTimeoutError extends Error {}

async function withTimeout(run: () => unknown, timeoutMs: number, operation: string): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CacheTimeoutError(`cache ${operation} timed out after ${timeoutMs} ms`)), timeoutMs);
    timer.unref?.();
  });
  try {
    return await Promise.race([Promise.resolve().then(run), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function describeCacheError(error: unknown, operation: string): string {
  if (error instanceof CacheTimeoutError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `cache ${operation} failed: ${message.slice(0, 200)}`;
}
