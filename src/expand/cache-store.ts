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
 * What went wrong with a cache, in kinds a caller can report once each:
 *
 * - `cache-timeout`: a call took longer than `cacheTimeoutMs` and was given up;
 * - `cache-error`: a call threw or rejected (a Redis connection refused, a disk full…);
 * - `cache-unavailable`: the call was not even tried, because too many earlier calls never
 *   answered (a server that accepts and stalls);
 * - `cache-entry-invalid`: an entry was there but was not used (not a regular file, unreadable,
 *   too large, corrupt, of another shape, or a chain the reader's guard refuses).
 *
 * In every case the entry counts as a miss (or the write is dropped) and the link is expanded.
 *
 * @example
 * const code: CacheWarningCode = 'cache-timeout';
 */
export type CacheWarningCode = 'cache-timeout' | 'cache-error' | 'cache-unavailable' | 'cache-entry-invalid';

/**
 * One cache problem, as given to `onCacheWarning` (expander) and `onWarning` (file cache).
 *
 * @example
 * const warning: CacheWarning = { code: 'cache-timeout', operation: 'get', message: 'cache get timed out after 1000 ms' };
 */
export interface CacheWarning {
  /** The kind of problem. */
  code: CacheWarningCode;
  /** The cache operation it happened in. */
  operation: 'get' | 'set' | 'open' | 'close';
  /** One sentence for people. */
  message: string;
}

/**
 * A cache read as the expander sees it: the value, or why the cache could not answer.
 *
 * @example
 * const read: CacheRead = { value: undefined, error: 'cache get timed out after 1000 ms' };
 */
interface CacheRead {
  /** The stored value, `undefined` on a miss or an error. */
  value: unknown;
  /** Why the cache failed, when it threw, rejected, timed out or was skipped. */
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
  /** Calls given up on (timed out) that have still not answered. */
  readonly abandoned: number;
}

/**
 * The most calls given up on (timed out and still unanswered) before the cache is skipped: a
 * store that stalls would otherwise collect one pending call per link, without end.
 */
export const MAX_ABANDONED_CACHE_CALLS = 256;

/**
 * Wraps a user's cache with a time bound, error capture and a cut-off; see {@link GuardedCache}.
 * Each call that throws, rejects or takes longer than `timeoutMs` is reported to `onWarning` and
 * counts as a miss (a dropped write). While {@link MAX_ABANDONED_CACHE_CALLS} timed-out calls are
 * still unanswered, further calls are not made at all (`cache-unavailable`), so a stalled store
 * costs neither time nor memory; when they answer, the cache is used again. A synchronous store
 * that blocks cannot be bounded (JavaScript cannot interrupt it): stores should be asynchronous.
 *
 * @example
 * const safe = guardCache(createMemoryCache(), 1000, (warning) => console.warn(warning.message));
 * await safe.set('k', { a: 1 }, 60_000); // undefined
 */
export function guardCache(store: ExpansionCache, timeoutMs: number, onWarning?: (warning: CacheWarning) => void): GuardedCache {
  let abandoned = 0;

  const report = (warning: CacheWarning): string => notifyCacheWarning(onWarning, warning);

  async function call(operation: 'get' | 'set', run: () => unknown): Promise<{ value: unknown } | { error: string }> {
    if (abandoned >= MAX_ABANDONED_CACHE_CALLS) {
      return {
        error: report({
          code: 'cache-unavailable',
          operation,
          message: `cache ${operation} skipped: ${abandoned} earlier cache calls timed out and never answered`,
        }),
      };
    }
    let work: Promise<unknown>;
    try {
      work = Promise.resolve(run());
    } catch (error) {
      return { error: report({ code: 'cache-error', operation, message: describeError(error, operation) }) };
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    let settled = false;
    const settle = (): void => {
      settled = true;
      if (timedOut) abandoned--;
    };
    work.then(settle, settle);
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
      timer.unref?.();
    });
    try {
      const outcome = await Promise.race([work.then((value) => ({ value })), timeout]);
      if (outcome !== 'timeout') return outcome;
      if (!settled) {
        timedOut = true;
        abandoned++;
      }
      return { error: report({ code: 'cache-timeout', operation, message: `cache ${operation} timed out after ${timeoutMs} ms` }) };
    } catch (error) {
      return { error: report({ code: 'cache-error', operation, message: describeError(error, operation) }) };
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async get(key) {
      const outcome = await call('get', () => store.get(key));
      return 'error' in outcome ? { value: undefined, error: outcome.error } : { value: outcome.value };
    },
    async set(key, value, ttl) {
      const outcome = await call('set', () => store.set(key, value, ttl));
      return 'error' in outcome ? outcome.error : undefined;
    },
    get abandoned() {
      return abandoned;
    },
  };
}

/**
 * Gives `warning` to `listener` (when there is one), ignoring a listener that throws: a warning
 * must never fail a link or turn a miss into an error. Returns the warning's message.
 *
 * @example
 * notifyCacheWarning(console.warn, { code: 'cache-error', operation: 'get', message: 'cache get failed: EIO' }); // 'cache get failed: EIO'
 */
export function notifyCacheWarning(listener: ((warning: CacheWarning) => void) | undefined, warning: CacheWarning): string {
  try {
    listener?.(warning);
  } catch {
    // Ignored on purpose, see above.
  }
  return warning.message;
}

function describeError(error: unknown, operation: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return `cache ${operation} failed: ${message.slice(0, 200)}`;
}
