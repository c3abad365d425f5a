import { describe, expect, it } from 'vitest';
import type { FileCache } from '../../src/expand/index.js';
import { openCache } from '../../src/cli/open-cache.js';

/** A file cache stand-in: records how it was made, and disconnects as `disconnect` says. */
function fakeFileCache(disconnect: () => Promise<void>) {
  const made: { directory: string; warns: boolean }[] = [];
  const createFileCache = (directory: string, options: { onWarning?: unknown }) => {
    made.push({ directory, warns: typeof options.onWarning === 'function' });
    return { get: async () => undefined, set: async () => true, delete: async () => true, disconnect } as unknown as FileCache;
  };
  return { made, createFileCache };
}

describe('openCache', () => {
  it('opens a directory as a file cache that passes warnings on', async () => {
    const fake = fakeFileCache(async () => undefined);
    const cache = await openCache('/var/cache/embedsift', {
      createFileCache: fake.createFileCache,
      timeoutMs: 1000,
      onWarning: () => undefined,
    });
    expect(fake.made).toEqual([{ directory: '/var/cache/embedsift', warns: true }]);
    await cache.close();
  });

  it('closes even when the store never finishes disconnecting, or fails to', async () => {
    const stalled = fakeFileCache(() => new Promise<void>(() => undefined));
    const cache = await openCache('cache-dir', { createFileCache: stalled.createFileCache, timeoutMs: 20, onWarning: () => undefined });
    await expect(cache.close()).resolves.toBeUndefined();
    const failing = fakeFileCache(() => Promise.reject(new Error('EIO')));
    const other = await openCache('cache-dir', { createFileCache: failing.createFileCache, timeoutMs: 1000, onWarning: () => undefined });
    await expect(other.close()).resolves.toBeUndefined();
  });

  it('takes redis:// and rediss:// as a Redis store, not a directory', async () => {
    const fake = fakeFileCache(async () => undefined);
    // Port 9 on 127.0.0.1 (discard) has no Redis; nothing is sent until the store is used.
    const cache = await openCache('redis://127.0.0.1:9', {
      createFileCache: fake.createFileCache,
      timeoutMs: 200,
      onWarning: () => undefined,
    });
    expect(fake.made).toEqual([]);
    expect(typeof cache.store.get).toBe('function');
    await cache.close();
  });
});
