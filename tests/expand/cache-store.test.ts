// guardCache: every cache call bounded in time, errors as misses, and a cut-off for a store that
// stalls so that it costs neither time nor memory.
import { describe, expect, it } from 'vitest';
import { guardCache, MAX_ABANDONED_CACHE_CALLS, type CacheWarning } from '../../src/expand/cache-store.js';

/** A store whose calls never answer until `release()`; counts the calls it received. */
function stallingStore() {
  const waiting: (() => void)[] = [];
  let calls = 0;
  const stall = (_key: string): Promise<undefined> => {
    calls++;
    return new Promise((resolve) => waiting.push(() => resolve(undefined)));
  };
  return {
    store: { get: stall, set: stall },
    get calls() {
      return calls;
    },
    release: () => {
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

describe('guardCache', () => {
  it('reports each timeout and error to the listener with its kind', async () => {
    const warnings: CacheWarning[] = [];
    const stalled = stallingStore();
    const safe = guardCache(stalled.store, 10, (warning) => warnings.push(warning));
    expect(await safe.get('k')).toEqual({ value: undefined, error: 'cache get timed out after 10 ms' });
    expect(await safe.set('k', 1, 5)).toBe('cache set timed out after 10 ms');
    const failing = guardCache(
      {
        get: () => Promise.reject(new Error('ECONNRESET')),
        set: () => {
          throw new Error('EROFS');
        },
      },
      10,
      (warning) => warnings.push(warning),
    );
    await failing.get('k');
    await failing.set('k', 1, 5);
    expect(warnings.map((warning) => [warning.code, warning.operation])).toEqual([
      ['cache-timeout', 'get'],
      ['cache-timeout', 'set'],
      ['cache-error', 'get'],
      ['cache-error', 'set'],
    ]);
    expect(warnings[3]?.message).toBe('cache set failed: EROFS');
    stalled.release();
  });

  it('after MAX_ABANDONED_CACHE_CALLS unanswered timeouts, skips the store until they answer', async () => {
    const warnings: CacheWarning[] = [];
    const stalled = stallingStore();
    const safe = guardCache(stalled.store, 5, (warning) => warnings.push(warning));
    await Promise.all(Array.from({ length: MAX_ABANDONED_CACHE_CALLS }, (_, i) => safe.get(`k${i}`)));
    expect(safe.abandoned).toBe(MAX_ABANDONED_CACHE_CALLS);
    expect(stalled.calls).toBe(MAX_ABANDONED_CACHE_CALLS);

    // 1,000 more links: answered at once as misses, the store is not called (no pending call grows).
    const reads = await Promise.all(Array.from({ length: 1000 }, (_, i) => safe.get(`more${i}`)));
    expect(stalled.calls).toBe(MAX_ABANDONED_CACHE_CALLS);
    expect(reads.every((read) => read.value === undefined && /skipped/.test(read.error ?? ''))).toBe(true);
    expect(warnings.filter((warning) => warning.code === 'cache-unavailable')).toHaveLength(1000);

    // The store answers again: the abandoned calls settle and the cache is used again.
    stalled.release();
    await new Promise((resolve) => setImmediate(resolve));
    expect(safe.abandoned).toBe(0);
    const store = new Map<string, unknown>([['back', 'v']]);
    stalled.store.get = async (key: string) => store.get(key) as undefined;
    expect(await safe.get('back')).toEqual({ value: 'v' });
  });

  it('a listener that throws is ignored', async () => {
    const safe = guardCache(
      {
        get: () => {
          throw new Error('boom');
        },
        set: () => undefined,
      },
      10,
      () => {
        throw new Error('listener');
      },
    );
    expect(await safe.get('k')).toEqual({ value: undefined, error: 'cache get failed: boom' });
  });
});
