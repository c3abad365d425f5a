import { cacheKeyOf, cachePolicyScope, refusedCachedHop } from './cache-key.js';
import { guardCache, notifyCacheWarning, type GuardedCache } from './cache-store.js';
import type { ResolvedExpandOptions } from './expand-options.js';
import { linkExpansionSchema } from './expand-result.js';
import type { ExpansionOutcome } from './follow-redirects.js';
import { createMemoryCache } from './lru-cache.js';

/**
 * What a cache read gave the expander: a usable outcome (a hit), or a miss with the reason the
 * cache could not answer, when it could not.
 *
 * @example
 * const lookup: CacheLookup = { hit: null, error: 'cache get timed out after 1000 ms' };
 */
interface CacheLookup {
  /** The cached outcome, checked against the reader's guard; `null` on a miss. */
  hit: ExpansionOutcome | null;
  /** Why the cache did not answer (timeout, error, skipped, entry not used), if it did not. */
  error?: string;
}

/**
 * The expander's cache front: the one place the expander meets its cache. Keys carry a digest of
 * the policy ({@link cachePolicyScope}); every call is bounded by `cacheTimeoutMs` and counted
 * toward the abandon cut-off ({@link guardCache}); a read is used only when it has the shape of a
 * result and its chain passes this expander's guard; a write lives `cacheTtlMs.success` or
 * `cacheTtlMs.failure` by the result's status. With `cache: false` every read misses and nothing
 * is written, but keys still name links (they key the in-flight map too).
 *
 * @example
 * const front = createCacheFront(resolveExpandOptions({}, 'createExpander'));
 * const key = front.keyOf('https://t.co/abc');
 * const { hit } = await front.read(key);
 */
export interface CacheFront {
  /** The key of a canonical link under this expander's policy. */
  keyOf(canonical: string): string;
  /** Reads a key; never rejects, never waits past `cacheTimeoutMs`. */
  read(key: string): Promise<CacheLookup>;
  /**
   * Writes an outcome with the TTL its status calls for (`blocked` and `skipped` are not
   * written); resolves to the error message when the write failed. Never rejects.
   */
  write(key: string, outcome: ExpansionOutcome): Promise<string | undefined>;
  /** Cache calls given up on (timed out) that have still not answered. */
  readonly abandoned: number;
}

/** The shape of a cached outcome: a result without the link it was asked as. */
const cachedOutcomeSchema = linkExpansionSchema.omit({ url: true, cacheError: true });

/**
 * Creates the {@link CacheFront} of an expander from its resolved options: the cache given, or a
 * new in-memory LRU when none was given, or none for `cache: false`.
 *
 * @example
 * const front = createCacheFront(resolveExpandOptions({ cache: false }, 'createExpander'));
 * await front.read(front.keyOf('https://t.co/abc')); // { hit: null }
 */
export function createCacheFront(options: ResolvedExpandOptions): CacheFront {
  const store: GuardedCache | null =
    options.cache === false ? null : guardCache(options.cache ?? createMemoryCache(), options.cacheTimeoutMs, options.onCacheWarning);
  const scope = cachePolicyScope(options);
  return {
    keyOf: (canonical) => cacheKeyOf(scope, canonical),
    async read(key) {
      if (store === null) return { hit: null };
      const read = await store.get(key);
      if (read.error !== undefined) return { hit: null, error: read.error };
      if (read.value === undefined) return { hit: null };
      const parsed = cachedOutcomeSchema.safeParse(read.value);
      const refusal = parsed.success ? refusedCachedHop(parsed.data.hops, options.policy) : 'cached entry is not a link expansion';
      if (refusal === null && parsed.success) return { hit: parsed.data };
      const message = refusal ?? 'cached entry is not a link expansion';
      return { hit: null, error: notifyCacheWarning(options.onCacheWarning, { code: 'cache-entry-invalid', operation: 'get', message }) };
    },
    async write(key, outcome) {
      if (store === null) return undefined;
      const ttl =
        outcome.status === 'expanded' || outcome.status === 'unchanged'
          ? options.cacheTtlMs.success
          : outcome.status === 'failed'
            ? options.cacheTtlMs.failure
            : null;
      return ttl === null ? undefined : store.set(key, outcome, ttl);
    },
    get abandoned() {
      return store?.abandoned ?? 0;
    },
  };
}
