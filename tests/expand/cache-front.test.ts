import { describe, expect, it } from 'vitest';
import { createCacheFront } from '../../src/expand/cache-front.js';
import type { CacheWarning, ExpansionCache } from '../../src/expand/cache-store.js';
import { resolveExpandOptions } from '../../src/expand/expand-options.js';
import type { ExpansionOutcome } from '../../src/expand/follow-redirects.js';

/** A store that records every write with its TTL. */
function recordingStore(): ExpansionCache & {
  writes: { key: string; value: unknown; ttl: number | undefined }[];
  map: Map<string, unknown>;
} {
  const map = new Map<string, unknown>();
  const writes: { key: string; value: unknown; ttl: number | undefined }[] = [];
  return {
    map,
    writes,
    get: async (key) => map.get(key),
    set: async (key, value, ttl) => {
      writes.push({ key, value, ttl });
      map.set(key, value);
    },
  };
}

const expanded: ExpansionOutcome = {
  status: 'expanded',
  expandedUrl: 'https://news.example.org/story',
  hops: [
    { url: 'https://t.co/abc', status: 301 },
    { url: 'https://news.example.org/story', status: null },
  ],
};

describe('createCacheFront', () => {
  it('writes results with the TTL of their status, skips blocked ones, and reads a hit back', async () => {
    const store = recordingStore();
    const front = createCacheFront(resolveExpandOptions({ cache: store, cacheTtlMs: { success: 5000, failure: 50 } }, 'test'));
    const key = front.keyOf('https://t.co/abc');
    expect(await front.write(key, expanded)).toBeUndefined();
    await front.write(front.keyOf('https://t.co/gone'), { status: 'failed', expandedUrl: null, hops: [], reason: 'HTTP 404' });
    await front.write(front.keyOf('https://t.co/evil'), { status: 'blocked', expandedUrl: null, hops: [], reason: 'private' });
    expect(store.writes.map((write) => write.ttl)).toEqual([5000, 50]);
    expect(await front.read(key)).toEqual({ hit: expanded });
    expect(await front.read(front.keyOf('https://t.co/never'))).toEqual({ hit: null });
  });

  it('keys carry the policy: expanders with different guards never share an entry', () => {
    const strict = createCacheFront(resolveExpandOptions({}, 'test'));
    const lax = createCacheFront(resolveExpandOptions({ allowPrivateNetworks: true }, 'test'));
    expect(strict.keyOf('https://t.co/abc')).not.toBe(lax.keyOf('https://t.co/abc'));
    expect(strict.keyOf('https://t.co/abc')).toBe(createCacheFront(resolveExpandOptions({}, 'test')).keyOf('https://t.co/abc'));
  });

  it('does not use an entry of another shape or a chain its guard refuses, and says so', async () => {
    const store = recordingStore();
    const warnings: CacheWarning[] = [];
    const front = createCacheFront(resolveExpandOptions({ cache: store, onCacheWarning: (w: CacheWarning) => warnings.push(w) }, 'test'));
    store.map.set(front.keyOf('https://t.co/odd'), { hello: 'world' });
    store.map.set(front.keyOf('https://t.co/inner'), {
      status: 'expanded',
      expandedUrl: 'https://news.example.org/',
      hops: [
        { url: 'https://t.co/inner', status: 301 },
        { url: 'http://10.0.0.7/admin', status: 302 },
        { url: 'https://news.example.org/', status: null },
      ],
    });
    expect(await front.read(front.keyOf('https://t.co/odd'))).toEqual({ hit: null, error: 'cached entry is not a link expansion' });
    const refused = await front.read(front.keyOf('https://t.co/inner'));
    expect(refused.hit).toBeNull();
    expect(refused.error).toMatch(/^cached chain requested http:\/\/10\.0\.0\.7\/admin, which this expander's guard refuses/);
    expect(warnings.map((w) => [w.code, w.operation])).toEqual([
      ['cache-entry-invalid', 'get'],
      ['cache-entry-invalid', 'get'],
    ]);
  });

  it('bounds a store that never answers by cacheTimeout and counts the abandoned call', async () => {
    const stalled: ExpansionCache = { get: () => new Promise(() => undefined), set: () => new Promise(() => undefined) };
    const front = createCacheFront(resolveExpandOptions({ cache: stalled, cacheTimeoutMs: 20 }, 'test'));
    const key = front.keyOf('https://t.co/abc');
    expect(await front.read(key)).toEqual({ hit: null, error: 'cache get timed out after 20 ms' });
    expect(await front.write(key, expanded)).toBe('cache set timed out after 20 ms');
    expect(front.abandoned).toBe(2);
  });

  it('with cache false, every read misses and nothing is written', async () => {
    const front = createCacheFront(resolveExpandOptions({ cache: false }, 'test'));
    const key = front.keyOf('https://t.co/abc');
    expect(await front.write(key, expanded)).toBeUndefined();
    expect(await front.read(key)).toEqual({ hit: null });
    expect(front.abandoned).toBe(0);
  });
});
