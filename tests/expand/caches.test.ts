import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { guardCache } from '../../src/expand/cache-store.js';
import { createFileCache } from '../../src/expand/file-cache.js';
import { createMemoryCache } from '../../src/expand/lru-cache.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('createMemoryCache', () => {
  it('evicts the least recently used entry beyond maxEntries', () => {
    const cache = createMemoryCache({ maxEntries: 2 });
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1); // a is now the most recent
    cache.set('c', 3);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('expires entries after their TTL', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(0);
    const cache = createMemoryCache();
    cache.set('short', 'x', 1000);
    cache.set('forever', 'y');
    vi.setSystemTime(999);
    expect(cache.get('short')).toBe('x');
    vi.setSystemTime(1000);
    expect(cache.get('short')).toBeUndefined();
    expect(cache.get('forever')).toBe('y');
    expect(cache.delete('forever')).toBe(true);
    expect(cache.size).toBe(0);
  });

  it('rejects a bad maxEntries', () => {
    expect(() => createMemoryCache({ maxEntries: 0 })).toThrow(RangeError);
  });
});

describe('createFileCache', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('stores one file per key in sharded folders named by a hash, and reads it back', async () => {
    dir = await mkdtemp(join(tmpdir(), 'embedsift-file-cache-'));
    const cache = createFileCache(dir);
    await cache.set('embedsift:expand:v1:https://t.co/../../etc/passwd', { status: 'expanded' }, 60_000);
    expect(await cache.get('embedsift:expand:v1:https://t.co/../../etc/passwd')).toEqual({ status: 'expanded' });
    const path = cache.pathOf('embedsift:expand:v1:https://t.co/../../etc/passwd');
    const parts = relative(dir, path).split(sep);
    expect(parts).toHaveLength(3);
    expect(parts[2]).toMatch(/^[0-9a-f]{64}\.json$/);
    expect(parts[0]).toBe(parts[2]?.slice(0, 2));
    const stored = JSON.parse(await readFile(path, 'utf8'));
    expect(typeof stored.expires).toBe('number');
    expect(await cache.get('missing')).toBeUndefined();
    // No temporary file is left behind.
    expect(await readdir(join(dir, parts[0] ?? '', parts[1] ?? ''))).toEqual([parts[2]]);
  });

  it('expires entries and deletes their file', async () => {
    dir = await mkdtemp(join(tmpdir(), 'embedsift-file-cache-'));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(1_000_000);
    const cache = createFileCache(dir);
    await cache.set('k', 1, 500);
    vi.setSystemTime(1_000_499);
    expect(await cache.get('k')).toBe(1);
    vi.setSystemTime(1_000_500);
    expect(await cache.get('k')).toBeUndefined();
    await expect(readFile(cache.pathOf('k'))).rejects.toThrow();
  });

  it('treats an oversized, corrupt or foreign file as a miss', async () => {
    dir = await mkdtemp(join(tmpdir(), 'embedsift-file-cache-'));
    const cache = createFileCache(dir, { maxFileBytes: 100 });
    await cache.set('big', 'x'.repeat(200));
    expect(await cache.get('big')).toBeUndefined();
    await cache.set('corrupt', 1);
    await writeFile(cache.pathOf('corrupt'), '{not json');
    expect(await cache.get('corrupt')).toBeUndefined();
    await cache.set('a', 1);
    await writeFile(cache.pathOf('a'), JSON.stringify({ key: 'b', value: 2, expires: null }));
    expect(await cache.get('a')).toBeUndefined();
    expect(await cache.delete('a')).toBe(true);
    expect(await cache.delete('a')).toBe(false);
  });

  it('survives concurrent writers of one key (atomic rename)', async () => {
    dir = await mkdtemp(join(tmpdir(), 'embedsift-file-cache-'));
    const cache = createFileCache(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => cache.set('same', { i, pad: 'y'.repeat(1000) })));
    const value = (await cache.get('same')) as { i: number };
    expect(value.i).toBeGreaterThanOrEqual(0);
    expect(value.i).toBeLessThan(20);
  });
});

describe('guardCache', () => {
  it('turns throws, rejections and hangs into error messages', async () => {
    const throwing = guardCache(
      {
        get: () => {
          throw new Error('boom');
        },
        set: () => {
          throw new Error('bang');
        },
      },
      50,
    );
    expect(await throwing.get('k')).toEqual({ value: undefined, error: 'cache get failed: boom' });
    expect(await throwing.set('k', 1, 10)).toBe('cache set failed: bang');
    const hanging = guardCache({ get: () => new Promise(() => undefined), set: () => new Promise(() => undefined) }, 20);
    expect(await hanging.get('k')).toEqual({ value: undefined, error: 'cache get timed out after 20 ms' });
    expect(await hanging.set('k', 1, 10)).toBe('cache set timed out after 20 ms');
  });

  it('passes values and the TTL through', async () => {
    const calls: unknown[] = [];
    const safe = guardCache({ get: async () => 'v', set: (...args: unknown[]) => void calls.push(args) }, 50);
    expect(await safe.get('k')).toEqual({ value: 'v' });
    expect(await safe.set('k', 1, 123)).toBeUndefined();
    expect(calls).toEqual([['k', 1, 123]]);
  });
});
