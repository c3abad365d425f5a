// F3 and F4 from the command line: `--cache` pointed at a server that accepts and never answers,
// or at a directory holding a FIFO, a directory, a symbolic link and stale temporary files where
// entries should be. Each run must finish with every line's output, a warning on stderr (once per
// kind) and exit 0. Every server is on 127.0.0.1, started here.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisAvailable, startRedis, startStallingServer } from '../expand/helpers/stalled-servers.js';
import { cliPath, parseJsonl, root, type CliRun } from './run-built-cli.js';
import { startShortLinkServer, type ShortLinkServer } from './short-link-server.js';

const hasRedis = redisAvailable('cache-faults.test.ts');

let links: ShortLinkServer;
let origin = '';
let port = 0;

beforeAll(async () => {
  links = await startShortLinkServer();
  ({ origin, port } = links);
});
afterAll(async () => {
  await links.close();
});

const article = (id: number, slug: string): string => links.article(id, slug);

/** Runs the built command; a run still going after `limitMs` is killed (and the test fails on it). */
function runCliWithin(args: string[], input: string, limitMs = 30_000): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: root, timeout: limitMs, killSignal: 'SIGKILL' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    child.stdin.end(input);
  });
}

const args = (cache: string): string[] => [
  'extract',
  '--from',
  'jsonl',
  '--expand',
  '--hosts',
  'all',
  '--allowed-ports',
  String(port),
  '--allow-private-networks',
  '--retries',
  '0',
  '--timeout-ms',
  '5000',
  '--workers',
  '0',
  '--cache',
  cache,
  '--cache-timeout-ms',
  '200',
];

const expandedUrls = (stdout: string): unknown[] =>
  parseJsonl(stdout).map((line) => (line.embeds as { links: { expandedUrl?: string }[] }[])[0]?.links[0]?.expandedUrl);

const input = (): string => article(1, 'one') + article(2, 'two') + article(3, 'three');

describe('--cache redis://… that accepts and never answers', () => {
  it('a plain TCP server: the run finishes with every line and one warning', async () => {
    const stall = await startStallingServer();
    try {
      // Before: the output was written, then the process never exited (QUIT never answered).
      const run = await runCliWithin(args(`redis://127.0.0.1:${stall.port}`), input());
      expect(run.signal).toBeNull();
      expect(run.code).toBe(0);
      expect(expandedUrls(run.stdout)).toEqual([`${origin}/final/one`, `${origin}/final/two`, `${origin}/final/three`]);
      expect(run.stderr.match(/^embedsift: cache timeout .*cache (get|set) timed out after 200 ms$/gm), run.stderr).toHaveLength(1);
      expect(run.stderr.split('\n').filter((line) => line !== '')).toHaveLength(1);
      expect(stall.connections).toBeGreaterThan(0);
    } finally {
      await stall.close();
    }
  });

  it.skipIf(!hasRedis)('a real redis-server paused with SIGSTOP: same', async () => {
    const redis = await startRedis();
    try {
      redis.pause();
      const run = await runCliWithin(args(redis.url), input());
      expect(run.signal).toBeNull();
      expect(run.code).toBe(0);
      expect(expandedUrls(run.stdout)).toEqual([`${origin}/final/one`, `${origin}/final/two`, `${origin}/final/three`]);
      expect(run.stderr.match(/^embedsift: cache timeout /gm), run.stderr).toHaveLength(1);
    } finally {
      redis.stop();
    }
  });
});

describe('--cache DIR with odd things where entries should be', () => {
  it('a FIFO, a directory and a symbolic link are misses with one warning; stale temporary files go', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'embedsift-cli-odd-cache-'));
    try {
      const first = await runCliWithin(args(cache), input());
      expect(first.code).toBe(0);
      const entries = new Map<string, string>(); // slug -> entry path
      for (const a of readdirSync(cache)) {
        for (const b of readdirSync(join(cache, a))) {
          for (const name of readdirSync(join(cache, a, b))) {
            const path = join(cache, a, b, name);
            const slug = /\/s\/(\w+)"/.exec(readFileSync(path, 'utf8'))?.[1];
            if (slug !== undefined) entries.set(slug, path);
          }
        }
      }
      expect([...entries.keys()].sort()).toEqual(['one', 'three', 'two']);
      const [fifo, directory, link] = [entries.get('one'), entries.get('two'), entries.get('three')] as string[];
      for (const path of [fifo, directory, link] as string[]) unlinkSync(path);
      execFileSync('mkfifo', [fifo as string]);
      mkdirSync(directory as string);
      symlinkSync('/etc/hostname', link as string);
      const stale = `${fifo}.4242.0123456789ab.tmp`;
      const fresh = `${fifo}.4243.ba9876543210.tmp`;
      writeFileSync(stale, '{"key":');
      writeFileSync(fresh, '{"key":');
      const longAgo = (Date.now() - 2 * 3_600_000) / 1000;
      utimesSync(stale, longAgo, longAgo);

      // Before: the run hung on opening the FIFO (and a directory threw EISDIR).
      const second = await runCliWithin(args(cache), input());
      expect(second.signal).toBeNull();
      expect(second.code).toBe(0);
      expect(expandedUrls(second.stdout)).toEqual([`${origin}/final/one`, `${origin}/final/two`, `${origin}/final/three`]);
      expect(second.stderr.match(/^embedsift: cache entry ignored .*(named pipe|directory|symbolic link)/gm), second.stderr).toHaveLength(
        1,
      );
      const folder = join(fifo as string, '..');
      const left = readdirSync(folder);
      expect(left).not.toContain(stale.split('/').pop());
      expect(left).toContain(fresh.split('/').pop());
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
