import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExpansionCache } from './cache-store.js';

/**
 * Options of {@link createFileCache}.
 *
 * @example
 * const options: FileCacheOptions = { maxFileBytes: 256 * 1024 };
 */
export interface FileCacheOptions {
  /** Files larger than this are not read (treated as a miss). Default 1 MiB. */
  maxFileBytes?: number;
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
  /** The value under `key`, or undefined when absent, expired, unreadable or too large. */
  get(key: string): Promise<unknown>;
  /** Stores a JSON-serialisable value for `ttl` milliseconds (forever when omitted). */
  set(key: string, value: unknown, ttl?: number): Promise<true>;
  /** Removes a key; true when it was there. */
  delete(key: string): Promise<boolean>;
  /** Removes every entry (the whole directory). */
  clear(): Promise<void>;
  /** The file that holds `key` (for tests and tooling). */
  pathOf(key: string): string;
}

interface StoredEntry {
  key: string;
  value: unknown;
  expires: number | null;
}

/**
 * Creates a file-backed cache under `dir`. Each key is stored in `dir/<h0h1>/<h2h3>/<sha256>.json`
 * (sharded by the SHA-256 of the key, so no directory grows huge and no key can name a path); the
 * file holds the key, the value and the expiry time. Writes go to a temporary file renamed into
 * place, so readers never see half a file and concurrent writers do not corrupt each other. Reads
 * are bounded by `maxFileBytes`. Expired entries are deleted when read.
 *
 * @example
 * import { createFileCache, createExpander } from 'embedsift/expand';
 * const expander = createExpander({ cache: createFileCache('/var/cache/embedsift') });
 */
export function createFileCache(dir: string, options: FileCacheOptions = {}): FileCache {
  if (typeof dir !== 'string' || dir === '') {
    throw new TypeError(`createFileCache: dir must be a non-empty string, got ${typeof dir}`);
  }
  const maxFileBytes = options.maxFileBytes ?? 1024 * 1024;
  if (!Number.isInteger(maxFileBytes) || maxFileBytes < 1) {
    throw new RangeError(`createFileCache: maxFileBytes must be a positive integer, got ${String(maxFileBytes)}`);
  }

  const pathOf = (key: string): string => {
    const hash = createHash('sha256').update(key).digest('hex');
    return join(dir, hash.slice(0, 2), hash.slice(2, 4), `${hash}.json`);
  };

  async function readBounded(path: string): Promise<string | undefined> {
    let handle;
    try {
      handle = await open(path, 'r');
    } catch {
      return undefined;
    }
    try {
      const { size } = await handle.stat();
      if (size > maxFileBytes) return undefined;
      // Read at most one byte past the limit, in case the file grew since stat.
      const buffer = Buffer.alloc(Math.min(size, maxFileBytes) + 1);
      let length = 0;
      while (length < buffer.length) {
        const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
        if (bytesRead === 0) break;
        length += bytesRead;
      }
      if (length > maxFileBytes || length === buffer.length) return undefined;
      return buffer.toString('utf8', 0, length);
    } finally {
      await handle.close();
    }
  }

  return {
    pathOf,
    async get(key) {
      const path = pathOf(key);
      const text = await readBounded(path);
      if (text === undefined) return undefined;
      let entry: StoredEntry;
      try {
        entry = JSON.parse(text) as StoredEntry;
      } catch {
        return undefined;
      }
      if (typeof entry !== 'object' || entry === null || entry.key !== key) return undefined;
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
        await writeFile(temporary, JSON.stringify(entry));
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
  };
}
