// The file cache against what can lie in its directory: FIFOs, directories, symbolic links,
// garbage, entries of another shape, and temporary files left by a crash.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CacheWarning } from '../../src/expand/index.js';
import { createFileCache } from '../../src/expand/file-cache.js';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'embedsift-file-cache-faults-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function cacheWithWarnings(options: { sweepOnOpen?: boolean; staleTempMs?: number } = { sweepOnOpen: false }) {
  const warnings: CacheWarning[] = [];
  const cache = createFileCache(dir, { ...options, onWarning: (warning) => warnings.push(warning) });
  return { cache, warnings };
}

/** Puts something in the place of `key`'s entry, creating the shard folders. */
function occupy(path: string, make: (path: string) => void): void {
  mkdirSync(dirname(path), { recursive: true });
  make(path);
}

describe('createFileCache: odd things where an entry should be', () => {
  it('a named pipe (FIFO) is a miss with a warning, not a hang', async () => {
    const { cache, warnings } = cacheWithWarnings();
    occupy(cache.pathOf('fifo'), (path) => execFileSync('mkfifo', [path]));
    // Before: open() blocked a thread-pool thread forever waiting for a writer.
    expect(await cache.get('fifo')).toBeUndefined();
    expect(warnings).toEqual([expect.objectContaining({ code: 'cache-entry-invalid', message: expect.stringMatching(/named pipe/) })]);
    // A write replaces the pipe with a real entry.
    await cache.set('fifo', { ok: 1 });
    expect(await cache.get('fifo')).toEqual({ ok: 1 });
  });

  it('a directory is a miss with a warning, not EISDIR', async () => {
    const { cache, warnings } = cacheWithWarnings();
    occupy(cache.pathOf('dir'), (path) => mkdirSync(path));
    await expect(cache.get('dir')).resolves.toBeUndefined();
    expect(warnings[0]?.message).toMatch(/directory/);
    // Writing cannot replace a directory: set rejects (the expander reports it and drops the write).
    await expect(cache.set('dir', 1)).rejects.toThrow();
    expect(readdirSync(dirname(cache.pathOf('dir')))).toEqual([cache.pathOf('dir').split('/').pop()]);
  });

  it('a symbolic link is not followed, even to a valid entry', async () => {
    const { cache, warnings } = cacheWithWarnings();
    await cache.set('real', 'value');
    occupy(cache.pathOf('link'), (path) => symlinkSync(cache.pathOf('real'), path));
    expect(await cache.get('link')).toBeUndefined();
    expect(warnings[0]?.message).toMatch(/symbolic link/);
    expect(await cache.get('real')).toBe('value');
  });

  it('garbage, truncated JSON, another shape or another key are misses with warnings', async () => {
    const { cache, warnings } = cacheWithWarnings();
    const cases: [string, string, RegExp][] = [
      ['garbage', '\u0000\u00ff binary junk', /not valid JSON/],
      ['truncated', '{"key":"truncated","value":{"status":"expan', /not valid JSON/],
      ['array', '[1,2,3]', /does not hold/],
      ['no-value', JSON.stringify({ key: 'no-value', expires: null }), /does not hold/],
      ['bad-expiry', JSON.stringify({ key: 'bad-expiry', value: 1, expires: 'soon' }), /does not hold/],
      ['other-key', JSON.stringify({ key: 'someone-else', value: 1, expires: null }), /another key/],
    ];
    for (const [key, text] of cases) occupy(cache.pathOf(key), (path) => writeFileSync(path, text));
    for (const [key, , pattern] of cases) {
      warnings.length = 0;
      expect(await cache.get(key), key).toBeUndefined();
      expect(warnings.map((warning) => warning.message).join(' '), key).toMatch(pattern);
    }
  });

  it('an absent entry is a plain miss, without a warning', async () => {
    const { cache, warnings } = cacheWithWarnings();
    expect(await cache.get('nothing here')).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('a listener that throws does not turn a miss into an error', async () => {
    const cache = createFileCache(dir, {
      sweepOnOpen: false,
      onWarning: () => {
        throw new Error('listener bug');
      },
    });
    occupy(cache.pathOf('x'), (path) => writeFileSync(path, 'not json'));
    await expect(cache.get('x')).resolves.toBeUndefined();
  });
});

describe('createFileCache: stale temporary files', () => {
  it('the sweep on open removes old temporary files and keeps fresh ones and entries', async () => {
    const seed = createFileCache(dir, { sweepOnOpen: false });
    await seed.set('kept', 'value');
    const entry = seed.pathOf('kept');
    const stale = `${entry}.4242.0123456789ab.tmp`;
    const fresh = `${entry}.4243.ba9876543210.tmp`;
    const foreign = join(dirname(entry), 'notes.tmp');
    writeFileSync(stale, '{"key":"kept","val');
    writeFileSync(fresh, '{"key":"kept","val');
    writeFileSync(foreign, 'not ours');
    const twoHoursAgo = (Date.now() - 2 * 3_600_000) / 1000;
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    utimesSync(foreign, twoHoursAgo, twoHoursAgo);

    const cache = createFileCache(dir); // sweeps on open, in the background
    expect(await cache.sweep()).toBe(1); // joins the running sweep
    const left = readdirSync(dirname(entry)).sort();
    expect(left).toEqual([entry, fresh, foreign].map((path) => path.split('/').pop()).sort());
    expect(await cache.get('kept')).toBe('value');
  });

  it('a crash between writing and renaming leaves a temporary file that a later open removes', async () => {
    const cache = createFileCache(dir, { sweepOnOpen: false, staleTempMs: 1 });
    const entry = cache.pathOf('k');
    mkdirSync(dirname(entry), { recursive: true });
    const orphan = `${entry}.999999.aaaaaaaaaaaa.tmp`;
    writeFileSync(orphan, '{"key":"k","value":1,"expires":null}');
    const past = (Date.now() - 10_000) / 1000;
    utimesSync(orphan, past, past);
    expect(await createFileCache(dir, { staleTempMs: 1 }).sweep()).toBe(1);
    expect(readdirSync(dirname(entry))).toEqual([]);
  });

  it('disconnect stops a running sweep and leaves the cache usable', async () => {
    const cache = createFileCache(dir);
    await cache.disconnect();
    await cache.set('after', 2);
    expect(await cache.get('after')).toBe(2);
  });

  it('rejects a bad staleTempMs', () => {
    expect(() => createFileCache(dir, { staleTempMs: 0 })).toThrow(RangeError);
  });
});
