import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { notifyCacheWarning, type CacheWarning, type ExpansionCache } from './cache-store.js';
import { checkOptionKeys } from '../kit/index.js';

/**
 * Options of {@link createFileCache}.
 *
 * @example
 * const options: FileCacheOptions = { maxFileBytes: 256 * 1024, onWarning: (w) => console.warn(w.message) };
 */
export interface FileCacheOptions {
  /** Files larger than this are not read (treated as a miss). Default 1 MiB. */
  maxFileBytes?: number;
  /**
   * Temporary files (`*.tmp`, left by a process that died mid-write) older than this are removed
   * by the sweep that starts when the cache is created. Younger ones may belong to a live writer
   * and are left alone. Default 3,600,000 (1 hour).
   */
  staleTempMs?: number;
  /** Whether to start that sweep when the cache is created. Default true. */
  sweepOnOpen?: boolean;
  /**
   * Called when an entry is there but cannot be used (not a regular file, a symbolic link,
   * unreadable, too large, corrupt, of another shape): `get` treats it as a miss either way.
   */
  onWarning?: (warning: CacheWarning) => void;
}

/**
 * A Keyv-compatible store that keeps one JSON file per key in a directory, for the CLI's
 * `--cache DIR`: it survives restarts and can be shared by processes on one machine.
 *
 * @example
 * const cache: FileCache = createFileCache('.embedsift-cache');
 * await cache.set('k', { a: 1 }, 60_000);
 */
export interface FileCache extends ExpansionCache {
  /** The value under `key`, or undefined when absent, expired, unusable or too large. Never rejects. */
  get(key: string): Promise<unknown>;
  /** Stores a JSON-serialisable value for `ttl` milliseconds (forever when omitted). */
  set(key: string, value: unknown, ttl?: number): Promise<true>;
  /** Removes a key; true when it was there. */
  delete(key: string): Promise<boolean>;
  /** Removes every entry (the whole directory). */
  clear(): Promise<void>;
  /** The file that holds `key` (for tests and tooling). */
  pathOf(key: string): string;
  /**
   * Removes stale temporary files (see `staleTempMs`); resolves to how many were removed. Joins
   * the sweep already running (the one started on creation) instead of starting another.
   */
  sweep(): Promise<number>;
  /** Stops a running sweep and waits for it. The cache stays usable. */
  disconnect(): Promise<void>;
}

interface StoredEntry {
  key: string;
  value: unknown;
  expires: number | null;
}

/** Read-only, without waiting on a FIFO or a device, and without following a final symbolic link. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0);

/** The temporary files `set` writes: `<sha256>.json.<pid>.<12 hex>.tmp`. */
const TEMPORARY_NAME = /^[0-9a-f]{64}\.json\.\d+\.[0-9a-f]{12}\.tmp$/;
const SHARD_NAME = /^[0-9a-f]{2}$/;

/** The option names of {@link createFileCache}, checked against {@link FileCacheOptions} by the compiler. */
const fileCacheOptionKeys = Object.keys({
  maxFileBytes: true,
  staleTempMs: true,
  sweepOnOpen: true,
  onWarning: true,
} satisfies Record<keyof FileCacheOptions, true>);

/**
 * Creates a file-backed cache under `dir`. Each key is stored in `dir/<h0h1>/<h2h3>/<sha256>.json`
 * (sharded by the SHA-256 of the key, so no directory grows huge and no key can name a path); the
 * file holds the key, the value and the expiry time. Writes go to a temporary file renamed into
 * place, so readers never see half a file and concurrent writers do not corrupt each other.
 *
 * Reads open only regular files: the file is opened non-blocking and without following a symbolic
 * link, then `fstat`ed, so a FIFO, a device, a directory or a link where an entry should be is a
 * miss (reported to `onWarning`), never a hang or a throw. Reads are bounded by `maxFileBytes`;
 * corrupt JSON or another shape is a miss too. Expired entries are deleted when read. On creation
 * a background sweep removes temporary files older than `staleTempMs`.
 *
 * @example
 * import { createFileCache, createExpander } from 'embedsift/expand';
 * const expander = createExpander({ cache: createFileCache('/var/cache/embedsift') });
 */
export function createFileCache(dir: string, options: FileCacheOptions = {}): FileCache {
  checkOptionKeys(options, fileCacheOptionKeys, 'createFileCache');
  if (typeof dir !== 'string' || dir === '') {
    throw new TypeError(`createFileCache: dir must be a non-empty string, got ${typeof dir}`);
  }
  checkOptionKeys(options, fileCacheOptionKeys, 'createFileCache');
  const maxFileBytes = positiveInteger(options.maxFileBytes, 1024 * 1024, 'maxFileBytes');
  const staleTempMs = positiveInteger(options.staleTempMs, 3_600_000, 'staleTempMs');
  const onWarning = options.onWarning;
  const warn = (message: string): undefined => {
    notifyCacheWarning(onWarning, { code: 'cache-entry-invalid', operation: 'get', message });
    return undefined;
  };

  const pathOf = (key: string): string => {
    const hash = createHash('sha256').update(key).digest('hex');
    return join(dir, hash.slice(0, 2), hash.slice(2, 4), `${hash}.json`);
  };

  async function readBounded(path: string): Promise<string | undefined> {
    let handle: FileHandle;
    try {
      handle = await open(path, READ_FLAGS);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return undefined;
      if (code === 'ELOOP') return warn(`cache entry ${path} is a symbolic link; not followed`);
      return warn(`cache entry ${path} cannot be opened (${code ?? String(error)})`);
    }
    try {
      const stats = await handle.stat();
      if (!stats.isFile()) return warn(`cache entry ${path} is not a regular file (${kindOf(stats)}); ignored`);
      if (stats.size > maxFileBytes) return warn(`cache entry ${path} is ${stats.size} bytes, over maxFileBytes ${maxFileBytes}; ignored`);
      // Read at most one byte past the limit, in case the file grew since fstat.
      const buffer = Buffer.alloc(Math.min(stats.size, maxFileBytes) + 1);
      let length = 0;
      while (length < buffer.length) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxFileBytes || length === buffer.length) return warn(`cache entry ${path} grew past its size while read; ignored`);
      return buffer.toString('utf8', 0, length);
    } catch (error) {
      return warn(`cache entry ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  let sweeping: Promise<number> | null = null;
  let stopSweep = false;

  async function sweepOnce(): Promise<number> {
    const cutoff = Date.now() - staleTempMs;
    let removed = 0;
    for (const first of await directories(dir)) {
      for (const second of await directories(join(dir, first))) {
        const folder = join(dir, first, second);
        let names: string[];
        try {
          names = await readdir(folder);
        } catch {
          continue;
        }
        for (const name of names) {
          if (stopSweep) return removed;
          if (!TEMPORARY_NAME.test(name)) continue;
          const path = join(folder, name);
          try {
            const stats = await lstat(path);
            if (stats.mtimeMs >= cutoff) continue;
            await unlink(path);
            removed++;
          } catch {
            // Gone already (renamed by its writer, removed by another sweep).
          }
        }
      }
    }
    return removed;
  }

  async function directories(path: string): Promise<string[]> {
    if (stopSweep) return [];
    try {
      const entries = await readdir(path, { withFileTypes: true });
      return entries.filter((entry) => entry.isDirectory() && SHARD_NAME.test(entry.name)).map((entry) => entry.name);
    } catch {
      return [];
    }
  }

  function sweep(): Promise<number> {
    if (sweeping !== null) return sweeping;
    stopSweep = false;
    const run = sweepOnce()
      .catch(() => 0)
      .finally(() => {
        if (sweeping === run) sweeping = null;
      });
    sweeping = run;
    return run;
  }

  const cache: FileCache = {
    pathOf,
    async get(key) {
      const path = pathOf(key);
      const text = await readBounded(path);
      if (text === undefined) return undefined;
      let entry: unknown;
      try {
        entry = JSON.parse(text);
      } catch {
        return warn(`cache entry ${path} is not valid JSON; ignored`);
      }
      if (!isStoredEntry(entry)) return warn(`cache entry ${path} does not hold { key, value, expires }; ignored`);
      if (entry.key !== key) return warn(`cache entry ${path} holds another key; ignored`);
      if (typeof entry.expires === 'number' && entry.expires <= Date.now()) {
        await unlink(path).catch(() => undefined);
        return undefined;
      }
      return entry.value;
    },
    async set(key, value, ttl) {
      const path = pathOf(key);
      const expires = ttl === undefined || !Number.isFinite(ttl) || ttl <= 0 ? null : Date.now() + ttl;
      const entry: StoredEntry = { key, value, expires };
      const folder = join(path, '..');
      await mkdir(folder, { recursive: true });
      const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        // 'wx': never write through something already at that (random) name.
        await writeFile(temporary, JSON.stringify(entry), { flag: 'wx' });
        await rename(temporary, path);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
      return true;
    },
    async delete(key) {
      try {
        await unlink(pathOf(key));
        return true;
      } catch {
        return false;
      }
    },
    async clear() {
      await rm(dir, { recursive: true, force: true });
    },
    sweep,
    async disconnect() {
      stopSweep = true;
      await sweeping;
    },
  };
  if (options.sweepOnOpen !== false) void sweep();
  return cache;
}

function positiveInteger(value: number | undefined, fallback: number, name: string): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < 1) {
    throw new RangeError(`createFileCache: ${name} must be a positive integer, got ${String(value)}`);
  }
  return chosen;
}

function isStoredEntry(entry: unknown): entry is StoredEntry {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
  const { key, expires } = entry as Partial<StoredEntry>;
  return typeof key === 'string' && 'value' in entry && (expires === null || (typeof expires === 'number' && Number.isFinite(expires)));
}

function kindOf(stats: import('node:fs').Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSymbolicLink()) return 'a symbolic link';
  return 'not a file';
}
