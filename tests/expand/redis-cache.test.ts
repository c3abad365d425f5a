import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExpander } from '../../src/expand/index.js';
import { freePort, localOnly, ok, redirect, startTestServer, type TestServer } from './helpers/test-server.js';

const hasRedis = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasRedis && process.env['EMBEDSIFT_REQUIRE_REDIS'] === '1') {
  throw new Error('EMBEDSIFT_REQUIRE_REDIS=1 but redis-server is not on PATH');
}
if (!hasRedis) console.warn('redis-cache.test.ts: redis-server is not on PATH, skipping (set EMBEDSIFT_REQUIRE_REDIS=1 to fail instead)');

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect({ host: '127.0.0.1', port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`redis-server did not listen on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

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
