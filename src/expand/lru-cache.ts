import type { ExpansionCache } from './cache-store.js';
import { checkOptionKeys } from '../kit/index.js';

/**
 * Options of {@link createMemoryCache}.
 *
 * @example
 * const options: MemoryCacheOptions = { maxEntries: 50_000 };
 */
export interface MemoryCacheOptions {
  /** The most entries kept; the least recently used is evicted beyond it. Default 10,000. */
  maxEntries?: number;
}

/**
 * A Keyv-compatible in-memory store: the expander's default cache.
 *
 * @example
 * const cache: MemoryCache = createMemoryCache({ maxEntries: 2 });
 * cache.size; // 0
 */
export interface MemoryCache extends ExpansionCache {
  /** The value under `key`, or undefined when absent or expired. Marks the entry recently used. */
  get(key: string): unknown;
  /** Stores a value for `ttl` milliseconds (forever when omitted). */
  set(key: string, value: unknown, ttl?: number): true;
  /** Removes a key; true when it was there. */
  delete(key: string): boolean;
  /** Removes every entry. */
  clear(): void;
  /** The number of entries held (expired ones included until read or evicted). */
  readonly size: number;
}

/** The option names of {@link createMemoryCache}, checked against {@link MemoryCacheOptions} by the compiler. */
const memoryCacheOptionKeys = Object.keys({ maxEntries: true } satisfies Record<keyof MemoryCacheOptions, true>);

/**
 * Creates a bounded in-memory LRU cache with per-entry TTL: a `Map` in recency order, so `get`
 * and `set` are O(1) and memory is bounded by `maxEntries`.
 *
 * @example
 * const cache = createMemoryCache({ maxEntries: 1000 });
 * cache.set('a', 1, 60_000);
 * cache.get('a'); // 1
 */
export function createMemoryCache(options: MemoryCacheOptions = {}): MemoryCache {
  checkOptionKeys(options, memoryCacheOptionKeys, 'createMemoryCache');
  const maxEntries = options.maxEntries ?? 10_000;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) {
    throw new RangeError(`createMemoryCache: maxEntries must be a positive integer, got ${String(maxEntries)}`);
  }
  const entries = new Map<string, { value: unknown; expires: number }>();
  return {
    get(key) {
      const entry = entries.get(key);
      if (entry === undefined) return undefined;
      entries.delete(key);
      if (entry.expires <= Date.now()) return undefined;
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value, ttl) {
      entries.delete(key);
      const expires = ttl === undefined || !Number.isFinite(ttl) || ttl <= 0 ? Infinity : Date.now() + ttl;
      entries.set(key, { value, expires });
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next();
        if (oldest.done === true) break;
        entries.delete(oldest.value);
      }
      return true;
    },
    delete(key) {
      return entries.delete(key);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
