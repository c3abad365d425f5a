import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChainStop, followChain, type ChainContext } from '../../src/expand/bounded-chain.js';
import { resolveExpandOptions } from '../../src/expand/expand-options.js';
import { createExpansionSlots } from '../../src/expand/expansion-slots.js';
import { createGuardedAgent } from '../../src/expand/guard/index.js';
import { localOnly, ok, redirect, startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer;
const agent = createGuardedAgent({ ...localOnly });

beforeAll(async () => {
  server = await startTestServer({
    '/a': (_req, res) => redirect(res, 302, '/b'),
    '/b': (_req, res) => redirect(res, 302, '/final'),
    '/final': (_req, res) => ok(res),
    '/to-hang': (_req, res) => redirect(res, 302, '/hang-b'),
    '/hang-b': (_req, res) => redirect(res, 302, '/hang'),
    '/hang': () => undefined,
  });
});
afterAll(async () => {
  await server.close();
  await agent.close();
});

function contextOf(extra: Record<string, unknown> = {}): ChainContext & { requests_: number } {
  const options = resolveExpandOptions({ ...localOnly, hosts: 'all', retries: 0, cache: false, ...extra }, 'test');
  const slots = createExpansionSlots(options);
  const context = {
    dispatcher: agent,
    requests: slots.requests,
    admission: slots.admission,
    options,
    requests_: 0,
    onRequest: () => {
      context.requests_++;
    },
  };
  return context;
}

describe('followChain', () => {
  it('follows a chain to its end, counting each request and giving its slots back', async () => {
    const context = contextOf();
    const outcome = await followChain(new URL(server.url('/a')), context, new ChainStop());
    expect(outcome).toEqual({
      status: 'expanded',
      expandedUrl: server.url('/final'),
      hops: [
        { url: server.url('/a'), status: 302 },
        { url: server.url('/b'), status: 302 },
        { url: server.url('/final'), status: 200 },
      ],
    });
    expect(context.requests_).toBe(3);
    expect(context.admission.active).toBe(0);
    expect(context.requests.active).toBe(0);
  });

  it('totalTimeout stops the work and keeps the hops, naming the hop where it stopped', async () => {
    const context = contextOf({ totalTimeoutMs: 300 });
    const stop = new ChainStop();
    const outcome = await followChain(new URL(server.url('/to-hang')), context, stop);
    expect(stop.kind).toBe('timeout');
    expect(outcome).toEqual({
      status: 'failed',
      expandedUrl: null,
      hops: [
        { url: server.url('/to-hang'), status: 302 },
        { url: server.url('/hang-b'), status: 302 },
        { url: server.url('/hang'), status: null },
      ],
      reason: 'timed out after 300 ms (totalTimeoutMs) at hop 3, after 2 redirects',
    });
    expect(context.admission.active).toBe(0);
  });

  it('holds its admission slot while it runs, and a stop by the caller ends it with the stop reason', async () => {
    const context = contextOf();
    const stop = new ChainStop();
    const running = followChain(new URL(server.url('/hang')), context, stop);
    while (server.count('/hang') === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(context.admission.active).toBe(1);
    stop.abort('caller', 'aborted');
    expect(await running).toEqual({
      status: 'failed',
      expandedUrl: null,
      hops: [{ url: server.url('/hang'), status: null }],
      reason: 'aborted',
    });
    expect(context.admission.active).toBe(0);
  });

  it('work stopped before it starts sends nothing', async () => {
    const context = contextOf();
    const stop = new ChainStop();
    stop.abort('closed', 'expander closed');
    stop.abort('timeout', 'later aborts change nothing');
    const before = server.requests.length;
    expect(await followChain(new URL(server.url('/a')), context, stop)).toEqual({
      status: 'failed',
      expandedUrl: null,
      hops: [],
      reason: 'expander closed',
    });
    expect(server.requests.length).toBe(before);
    expect(context.requests_).toBe(0);
  });
});
