import { spawn, type ChildProcess } from 'node:child_process';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExpander } from '../../src/expand/index.js';
import { redisAvailable, waitForPort } from './helpers/stalled-servers.js';
import { freePort, localOnly, ok, redirect, startTestServer, type TestServer } from './helpers/test-server.js';

const hasRedis = redisAvailable('redis-cache.test.ts');

describe.skipIf(!hasRedis)('cache: Keyv with @keyv/redis on a real redis-server', () => {
  let redis: ChildProcess;
  let server: TestServer;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    server = await startTestServer({
      '/short': (_req, res) => redirect(res, 301, '/final'),
      '/final': (_req, res) => ok(res),
    });
    await waitForPort(port, 10_000);
  });

  afterAll(async () => {
    await server?.close();
    redis?.kill('SIGTERM');
  });

  it('a second expander with fresh memory is answered from Redis with 0 requests', async () => {
    const keyvs = [0, 1].map(() => new Keyv({ store: new KeyvRedis(`redis://127.0.0.1:${port}`), namespace: 'embedsift-test' }));
    const options = { ...localOnly, hosts: 'all' as const };
    const first = createExpander({ ...options, cache: keyvs[0] });
    const [a] = await first.expandLinks([server.url('/short')]);
    await first.close();
    const requestsAfterFirst = server.requests.length;
    expect(a).toMatchObject({ status: 'expanded', expandedUrl: server.url('/final') });
    expect(a?.cacheError).toBeUndefined();

    const second = createExpander({ ...options, cache: keyvs[1] });
    const [b] = await second.expandLinks([server.url('/short')]);
    const stats = second.stats();
    await second.close();
    expect(b).toEqual(a);
    expect(server.requests.length).toBe(requestsAfterFirst);
    expect(stats).toMatchObject({ cacheHits: 1, requests: 0 });
    for (const keyv of keyvs) await keyv.disconnect();
  });
});
