// F3 at the expander level: a cache that accepts the connection and never answers (a plain TCP
// server, a paused redis-server) costs each link at most cacheTimeout per call, and every link
// still gets its expansion, with the reason in cacheError and one warning per occurrence.
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExpander, type CacheWarning } from '../../src/expand/index.js';
import { redisAvailable, startRedis, startStallingServer, type LocalRedis, type StallingServer } from './helpers/stalled-servers.js';
import { localOnly, ok, redirect, startTestServer, type TestServer } from './helpers/test-server.js';

const hasRedis = redisAvailable('stalled-cache.test.ts');

let web: TestServer;
beforeAll(async () => {
  web = await startTestServer({
    '/s/a': (_req, res) => redirect(res, 301, '/final/a'),
    '/s/b': (_req, res) => redirect(res, 301, '/final/b'),
    '/final/a': (_req, res) => ok(res),
    '/final/b': (_req, res) => ok(res),
  });
});
afterAll(async () => {
  await web?.close();
});

/** Expands two links through a Keyv on `url`, then destroys the Redis client. */
async function expandThrough(
  url: string,
): Promise<{ results: Awaited<ReturnType<ReturnType<typeof createExpander>['expandLinks']>>; warnings: CacheWarning[] }> {
  const store = new KeyvRedis(url);
  const keyv = new Keyv({ store, namespace: 'embedsift-stall-test' });
  keyv.on('error', () => undefined);
  const warnings: CacheWarning[] = [];
  const expander = createExpander({
    ...localOnly,
    hosts: 'all',
    retries: 0,
    cache: keyv,
    cacheTimeout: 200,
    onCacheWarning: (warning) => warnings.push(warning),
  });
  try {
    const results = await expander.expandLinks([web.url('/s/a'), web.url('/s/b')]);
    return { results, warnings };
  } finally {
    await expander.close();
    await store.disconnect(true);
  }
}

function expectExpandedDespiteCache(results: Awaited<ReturnType<typeof expandThrough>>['results'], warnings: CacheWarning[]): void {
  expect(results.map((result) => [result.status, result.expandedUrl])).toEqual([
    ['expanded', web.url('/final/a')],
    ['expanded', web.url('/final/b')],
  ]);
  for (const result of results) expect(result.cacheError).toMatch(/^cache get timed out after 200 ms$/);
  expect(
    warnings
      .filter((warning) => warning.code === 'cache-timeout')
      .map((warning) => warning.operation)
      .sort(),
  ).toEqual(['get', 'get', 'set', 'set']);
}

describe('a cache server that accepts and never answers', () => {
  let stall: StallingServer;
  beforeAll(async () => {
    stall = await startStallingServer();
  });
  afterAll(async () => {
    await stall?.close();
  });

  it('a plain TCP server: every link is expanded, each cache call given up after cacheTimeout', async () => {
    const { results, warnings } = await expandThrough(`redis://127.0.0.1:${stall.port}`);
    expect(stall.connections).toBeGreaterThan(0);
    expect(stall.bytesReceived).toBeGreaterThan(0);
    expectExpandedDespiteCache(results, warnings);
  });
});

describe.skipIf(!hasRedis)('a real redis-server paused with SIGSTOP', () => {
  let redis: LocalRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => {
    redis?.stop();
  });

  it('every link is expanded; once the server resumes, the cache works again', async () => {
    redis.pause();
    try {
      const { results, warnings } = await expandThrough(redis.url);
      expectExpandedDespiteCache(results, warnings);
    } finally {
      redis.resume();
    }
    const first = await expandThrough(redis.url);
    expect(first.warnings).toEqual([]);
    const requestsBefore = web.requests.length;
    const second = await expandThrough(redis.url);
    expect(web.requests.length).toBe(requestsBefore); // answered from Redis
    expect(second.results.map((result) => result.expandedUrl)).toEqual([web.url('/final/a'), web.url('/final/b')]);
    expect(second.warnings).toEqual([]);
  });
});
