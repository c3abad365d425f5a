// --expand against a real HTTP server on 127.0.0.1: no test sends a packet anywhere else (every
// link in the input points at the local server, and the test checks every expansion URL).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJsonl, runCli } from './run-built-cli.js';
import { startShortLinkServer, type ShortLinkServer } from './short-link-server.js';

let links: ShortLinkServer;
let origin = '';
let port = 0;
let requests: string[] = [];

beforeAll(async () => {
  links = await startShortLinkServer();
  ({ origin, port, requests } = links);
});

afterAll(async () => {
  await links.close();
});

const article = (id: number, slug: string): string => links.article(id, slug);

const expandArgs = (): string[] => [
  'extract',
  '--from',
  'jsonl',
  '--expand',
  '--hosts',
  'all',
  '--allowed-ports',
  String(port),
  '--retries',
  '0',
  '--timeout-ms',
  '5000',
];

describe('embedsift --expand', () => {
  it('follows the redirects of every line through one expander, keeping line order', async () => {
    requests.length = 0;
    const input = `${article(1, 'one')}not json\n${article(2, 'two')}${article(3, 'one')}`;
    const { code, stdout, stderr } = await runCli([...expandArgs(), '--allow-private-networks', '--workers', '2'], input);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = parseJsonl(stdout);
    expect(lines.map((line) => line.id)).toEqual([1, null, 2, 3]);
    const expanded = (line: Record<string, unknown> | undefined): unknown =>
      (line?.embeds as { links: { expandedUrl?: string }[] }[])[0]?.links[0]?.expandedUrl;
    expect(expanded(lines[0])).toBe(`${origin}/final/one`);
    expect(expanded(lines[2])).toBe(`${origin}/final/two`);
    expect(expanded(lines[3])).toBe(`${origin}/final/one`);
    for (const line of [lines[0], lines[2], lines[3]]) {
      for (const expansion of line?.expansions as { url: string }[]) expect(expansion.url.startsWith(`${origin}/`)).toBe(true);
    }
    expect(requests.some((request) => request.endsWith('/s/two'))).toBe(true);
  });

  it('whole-file mode: the JSON document carries the expanded links', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'embedsift-cli-file-'));
    try {
      const file = join(folder, 'page.html');
      writeFileSync(file, (JSON.parse(article(1, 'file')) as { html: string }).html);
      const { code, stdout } = await runCli([
        'extract',
        '--expand',
        '--hosts',
        'all',
        '--allowed-ports',
        String(port),
        '--allow-private-networks',
        file,
      ]);
      expect(code).toBe(0);
      const [document] = JSON.parse(stdout) as { file: string; embeds: { links: { expandedUrl?: string }[] }[]; expansions: unknown[] }[];
      if (document === undefined) throw new Error('no document');
      expect(document.file).toBe(file);
      expect(document.embeds[0]?.links[0]?.expandedUrl).toBe(`${origin}/final/file`);
      expect(document.expansions).toHaveLength(1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('without --allow-private-networks the guard blocks 127.0.0.1: no request reaches the server', async () => {
    requests.length = 0;
    const { code, stdout } = await runCli(expandArgs(), article(1, 'blocked'));
    expect(code).toBe(0);
    const [line] = parseJsonl(stdout);
    const links = (line?.embeds as { links: { expandedUrl?: string }[] }[])[0]?.links ?? [];
    expect(links[0]?.expandedUrl).toBeUndefined();
    expect((line?.expansions as { status: string }[])[0]?.status).toBe('blocked');
    expect(requests).toEqual([]);
  });

  it('--cache DIR: a second run answers from the cache and sends no request', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'embedsift-cli-cache-'));
    try {
      const input = article(1, 'c1') + article(2, 'c2');
      const args = [...expandArgs(), '--allow-private-networks', '--cache', cache];
      requests.length = 0;
      const first = await runCli(args, input);
      expect(first.code).toBe(0);
      expect(requests.length).toBeGreaterThan(0);
      requests.length = 0;
      const second = await runCli(args, input);
      expect(second.code).toBe(0);
      expect(requests).toEqual([]);
      const strip = (text: string): unknown => parseJsonl(text).map((line) => line.embeds);
      expect(strip(second.stdout)).toEqual(strip(first.stdout));
      expect((parseJsonl(second.stdout)[0]?.embeds as { links: { expandedUrl?: string }[] }[])[0]?.links[0]?.expandedUrl).toBe(
        `${origin}/final/c1`,
      );
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('--cache redis://… that cannot be reached: one message, links expanded anyway, exit 0', async () => {
    const args = [...expandArgs(), '--cache', 'redis://127.0.0.1:1', '--allow-private-networks'];
    const { code, stdout, stderr } = await runCli(args, article(1, 'nocache'));
    expect(code).toBe(0);
    expect(stderr.match(/^embedsift: cache error/gm), stderr).toHaveLength(1);
    expect(stderr).toMatch(/ECONNREFUSED/);
    const [line] = parseJsonl(stdout);
    expect((line?.embeds as { links: { expandedUrl?: string }[] }[])[0]?.links[0]?.expandedUrl).toBe(`${origin}/final/nocache`);
  });
});

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port: free } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return free;
}

describe.skipIf(!hasRedis)('embedsift --expand --cache redis://', () => {
  it('a second run answers from Redis and sends no request', async () => {
    const redisPort = await freePort();
    const redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    try {
      for (let tries = 0; tries < 100; tries++) {
        if (spawnSync('redis-cli', ['-p', String(redisPort), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG') break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const input = article(1, 'r1') + article(2, 'r2');
      const args = [...expandArgs(), '--allow-private-networks', '--cache', `redis://127.0.0.1:${redisPort}`];
      requests.length = 0;
      const first = await runCli(args, input);
      expect(first.stderr).toBe('');
      expect(first.code).toBe(0);
      expect(requests.length).toBeGreaterThan(0);
      requests.length = 0;
      const second = await runCli(args, input);
      expect(second.code).toBe(0);
      expect(requests).toEqual([]);
      expect((parseJsonl(second.stdout)[1]?.embeds as { links: { expandedUrl?: string }[] }[])[0]?.links[0]?.expandedUrl).toBe(
        `${origin}/final/r2`,
      );
    } finally {
      redis.kill();
    }
  });
});
