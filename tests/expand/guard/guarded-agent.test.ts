/**
 * The guarded connector and agent, end to end through undici. Every server here listens on
 * 127.0.0.1 and no test may send a packet anywhere else: `net.connect`/`tls.connect` spies
 * (helpers/loopback-only.ts) throw on any non-loopback host, so a guard bug fails the test instead
 * of leaving the machine.
 * Blocked private addresses (10.x, 169.254.169.254, …) come from injected lookups, and the guard
 * must refuse them before any socket exists. Where a test needs a "public" address it uses
 * 127.0.0.1 and a policy predicate that allows exactly 127.0.0.1, standing in for the internet.
 */
import http from 'node:http';
import type net from 'node:net';
import { errors, fetch, request, type Agent } from 'undici';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BlockedTargetError, isBlockedTargetError } from '../../../src/expand/errors/index.js';
import { createGuardedAgent, createGuardedConnector } from '../../../src/expand/guard/guarded-agent.js';
import type { GuardedAgentOptions } from '../../../src/expand/guard/guarded-agent.js';
import * as guardIndex from '../../../src/expand/guard/index.js';
import { fakeLookup, v4, v6, type Answer } from './helpers/fake-lookup.js';
import { spyOnConnects, type ConnectSpies } from './helpers/loopback-only.js';
import { closeServer, listenOnLoopback } from './helpers/listen.js';

/** 127.0.0.1 plays the public internet; every other non-public address stays blocked. */
const loopback1IsPublic = (address: string): boolean => address === '127.0.0.1';

let netConnect: ConnectSpies['netConnect'];
let tlsConnect: ConnectSpies['tlsConnect'];
let socketsOpened: ConnectSpies['socketsOpened'];

let server: http.Server;
let port: number;
let received: Array<{ host: string | undefined; url: string | undefined }>;
let agent: Agent | undefined;

beforeEach(async () => {
  ({ netConnect, tlsConnect, socketsOpened } = spyOnConnects());

  received = [];
  server = http.createServer((req, res) => {
    received.push({ host: req.headers.host, url: req.url });
    const location = new URL(req.url ?? '/', 'http://x').searchParams.get('to');
    if (location !== null) {
      res.writeHead(302, { location }).end();
    } else if (req.url === '/hang') {
      // never answers: headers timeout
    } else {
      // Closing every connection makes the next request connect (and resolve) again.
      res.writeHead(200, { connection: 'close', 'content-type': 'text/plain' }).end('ok');
    }
  });
  port = await listenOnLoopback(server);
});

afterEach(async () => {
  await agent?.destroy();
  agent = undefined;
  await closeServer(server);
  vi.restoreAllMocks();
});

function guarded(options: GuardedAgentOptions): Agent {
  agent = createGuardedAgent(options);
  return agent;
}

/** The rejection of a promise that must reject. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('createGuardedAgent: literal IP hosts (undici calls no lookup hook for them)', () => {
  it.each(['127.0.0.1', '0x7f.1', '2130706433', '[::ffff:127.0.0.1]', '[::1]'])(
    'blocks http://%s:port/ by default before any socket',
    async (host) => {
      const lookup = fakeLookup({});
      const dispatcher = guarded({ allowedPorts: 'all', lookup });
      const error = await rejection(request(`http://${host}:${port}/`, { dispatcher }));
      expect(error).toBeInstanceOf(BlockedTargetError);
      expect((error as BlockedTargetError).reason).toMatch(/ is a loopback address/);
      expect((error as BlockedTargetError).address).toMatch(/^(127\.0\.0\.1|::ffff:7f00:1|::1)$/);
      expect(lookup).not.toHaveBeenCalled();
      expect(socketsOpened()).toBe(0);
      expect(received).toEqual([]);
    },
  );

  it('undici request() rejects with the BlockedTargetError itself', async () => {
    const dispatcher = guarded({ allowedPorts: 'all' });
    const error = await rejection(request(`http://127.0.0.1:${port}/`, { dispatcher }));
    expect(error).toBeInstanceOf(BlockedTargetError);
    expect(error).toMatchObject({
      code: 'EMBEDSIFT_BLOCKED_TARGET',
      url: `http://127.0.0.1:${port}`,
      address: '127.0.0.1',
      reason: '127.0.0.1 is a loopback address',
    });
  });

  it('undici fetch() rejects with TypeError("fetch failed") whose cause is the BlockedTargetError', async () => {
    const dispatcher = guarded({ allowedPorts: 'all' });
    const error = await rejection(fetch(`http://127.0.0.1:${port}/`, { dispatcher }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(BlockedTargetError);
    expect((error as Error).cause).toBeInstanceOf(BlockedTargetError);
    expect(isBlockedTargetError(error)).toBe(true);
  });
});

describe('createGuardedAgent: resolved addresses', () => {
  it.each([
    [[v4('10.0.0.1')], '10.0.0.1'],
    [[v4('169.254.169.254')], '169.254.169.254'],
    [[v4('192.168.1.1')], '192.168.1.1'],
    [[v4('100.64.0.1')], '100.64.0.1'],
    [[v4('0.0.0.0')], '0.0.0.0'],
    [[v6('fd00::1')], 'fd00::1'],
    [[v6('fe80::1')], 'fe80::1'],
    [[v6('::ffff:10.0.0.1')], '::ffff:10.0.0.1'],
    [[v6('64:ff9b::a9fe:a9fe')], '64:ff9b::a9fe:a9fe'],
  ])('blocks a name resolving to %j before connecting', async (answers, address) => {
    const lookup = fakeLookup({ 'metadata.test': answers });
    const dispatcher = guarded({ lookup });
    const error = await rejection(request('http://metadata.test/latest/meta-data/', { dispatcher }));
    expect(error).toBeInstanceOf(BlockedTargetError);
    expect((error as BlockedTargetError).address).toBe(address);
    expect((error as BlockedTargetError).reason).toMatch(/^metadata\.test resolves to /);
    expect(lookup).toHaveBeenCalledWith('metadata.test');
    expect(socketsOpened()).toBe(0);
  });

  it('blocks a name resolving to 127.0.0.1 by default, allows it with a predicate', async () => {
    const lookup = fakeLookup({ 'loopback.test': [v4('127.0.0.1')] });
    const blocked = await rejection(request(`http://loopback.test:${port}/`, { dispatcher: guarded({ allowedPorts: 'all', lookup }) }));
    expect(blocked).toBeInstanceOf(BlockedTargetError);
    expect(blocked).toMatchObject({
      address: '127.0.0.1',
      reason: 'loopback.test resolves to 127.0.0.1: 127.0.0.1 is a loopback address',
    });
    expect(socketsOpened()).toBe(0);
    await agent?.destroy();

    const dispatcher = guarded({ allowedPorts: 'all', lookup, allowPrivateNetworks: loopback1IsPublic });
    const response = await request(`http://loopback.test:${port}/hello`, { dispatcher });
    expect(response.statusCode).toBe(200);
    expect(await response.body.text()).toBe('ok');
    // Pinned: the socket went to the checked address (loopback.test does not exist in real DNS),
    // and the Host header still names the host.
    expect(netConnect).toHaveBeenCalledTimes(1);
    expect(netConnect.mock.calls[0]?.[0]).toMatchObject({ host: '127.0.0.1', port: String(port) });
    expect(received).toEqual([{ host: `loopback.test:${port}`, url: '/hello' }]);
  });

  it('blocks the host if any resolved address is blocked, even if the first one is allowed', async () => {
    const lookup = fakeLookup({ 'mixed.test': [v4('127.0.0.1'), v4('10.0.0.1')] });
    const dispatcher = guarded({ allowedPorts: 'all', lookup, allowPrivateNetworks: loopback1IsPublic });
    const error = await rejection(request(`http://mixed.test:${port}/`, { dispatcher }));
    expect(error).toMatchObject({ address: '10.0.0.1' });
    expect(isBlockedTargetError(error)).toBe(true);
    expect(socketsOpened()).toBe(0);
  });

  it('closes the DNS-rebinding window: the second resolution is checked and the first was pinned', async () => {
    // First answer "public" (127.0.0.1, allowed by the predicate), then private (127.0.0.2).
    const lookup = fakeLookup({ 'rebind.test': [[v4('127.0.0.1')], [v4('127.0.0.2')]] });
    const dispatcher = guarded({ allowedPorts: 'all', lookup, allowPrivateNetworks: loopback1IsPublic });
    const first = await request(`http://rebind.test:${port}/one`, { dispatcher });
    expect(first.statusCode).toBe(200);
    await first.body.text();

    const error = await rejection(request(`http://rebind.test:${port}/two`, { dispatcher }));
    expect(error).toBeInstanceOf(BlockedTargetError);
    expect(error).toMatchObject({ address: '127.0.0.2' });
    expect(lookup).toHaveBeenCalledTimes(2);
    expect(netConnect).toHaveBeenCalledTimes(1);
    expect(netConnect.mock.calls[0]?.[0]).toMatchObject({ host: '127.0.0.1' });
    expect(received.map((r) => r.url)).toEqual(['/one']);
  });

  it('checks every redirect hop (fetch follows redirects through the same agent)', async () => {
    const lookup = fakeLookup({ 'public.test': [v4('127.0.0.1')], 'internal.test': [v4('127.0.0.2')] });
    const dispatcher = guarded({ allowedPorts: 'all', lookup, allowPrivateNetworks: loopback1IsPublic });
    for (const to of [`http://internal.test:${port}/`, `http://127.0.0.2:${port}/`, `http://[::ffff:7f00:2]:${port}/`]) {
      received = [];
      const error = await rejection(fetch(`http://public.test:${port}/r?to=${encodeURIComponent(to)}`, { dispatcher }));
      expect(isBlockedTargetError(error), to).toBe(true);
      expect(((error as Error).cause as BlockedTargetError).reason, to).toMatch(/127\.0\.0\.2|::ffff:7f00:2/);
      expect(received.map((r) => r.host)).toEqual([`public.test:${port}`]);
    }
    for (const call of netConnect.mock.calls) expect(call[0]).toMatchObject({ host: '127.0.0.1' });
  });

  it('falls back to the other address family when the first address refuses the connection', async () => {
    // The server listens on 127.0.0.1 only, so [::1]:port refuses (or is unavailable).
    const lookup = fakeLookup({ 'dual.test': [v6('::1'), v4('127.0.0.1')] });
    const bothLoopbacks = (address: string): boolean => address === '::1' || address === '127.0.0.1';
    const pinned = guarded({ allowedPorts: 'all', lookup, allowPrivateNetworks: bothLoopbacks });
    const response = await request(`http://dual.test:${port}/`, { dispatcher: pinned });
    expect(response.statusCode).toBe(200);
    await response.body.text();
    expect(netConnect.mock.calls.map((call) => (call[0] as { host: string }).host)).toEqual(['::1', '127.0.0.1']);
  });

  it('passes DNS errors through unchanged', async () => {
    const lookup = fakeLookup({});
    const dispatcher = guarded({ lookup });
    const error = await rejection(request('http://nowhere.test/', { dispatcher }));
    expect(error).toMatchObject({ code: 'ENOTFOUND' });
    expect(isBlockedTargetError(error)).toBe(false);
  });

  it('times out a hanging lookup with undici ConnectTimeoutError', async () => {
    const lookup = vi.fn(() => new Promise<Answer[]>(() => {}));
    const dispatcher = guarded({ lookup, connectTimeoutMs: 20 });
    const error = await rejection(request('http://slow-dns.test/', { dispatcher }));
    expect(error).toBeInstanceOf(errors.ConnectTimeoutError);
    expect(socketsOpened()).toBe(0);
  });

  it('sends the host name as TLS SNI while connecting to the pinned address', async () => {
    const lookup = fakeLookup({ 'sni.test': [v4('127.0.0.1')] });
    const dispatcher = guarded({ allowedPorts: 'all', lookup, allowPrivateNetworks: loopback1IsPublic });
    // The server speaks plain HTTP, so the handshake fails; what matters is how it was attempted.
    const error = await rejection(request(`https://sni.test:${port}/`, { dispatcher }));
    expect(isBlockedTargetError(error)).toBe(false);
    expect(tlsConnect).toHaveBeenCalledTimes(1);
    expect(tlsConnect.mock.calls[0]?.[0]).toMatchObject({ host: '127.0.0.1', servername: 'sni.test' });
  });
});

describe('createGuardedAgent: policy', () => {
  it('refuses ports outside allowedPorts (default 80, 443) even with allowPrivateNetworks: true', async () => {
    const dispatcher = guarded({ allowPrivateNetworks: true });
    const error = await rejection(request(`http://127.0.0.1:${port}/`, { dispatcher }));
    expect(error).toBeInstanceOf(BlockedTargetError);
    expect((error as BlockedTargetError).reason).toBe(`port ${port} is not allowed (allowedPorts: 80, 443)`);
    expect(socketsOpened()).toBe(0);
  });

  it('allows a port listed in allowedPorts', async () => {
    const dispatcher = guarded({ allowPrivateNetworks: true, allowedPorts: [port] });
    const response = await request(`http://127.0.0.1:${port}/`, { dispatcher });
    expect(response.statusCode).toBe(200);
    await response.body.text();
  });

  it('makes a real request with allowPrivateNetworks: true and allowedPorts: "all"', async () => {
    const lookup = fakeLookup({});
    const dispatcher = guarded({ allowPrivateNetworks: true, allowedPorts: 'all', lookup });
    const response = await fetch(`http://127.0.0.1:${port}/real`, { dispatcher });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
    expect(received).toEqual([{ host: `127.0.0.1:${port}`, url: '/real' }]);
    expect(lookup).not.toHaveBeenCalled();
  });

  it('passes headersTimeoutMs to the Agent', async () => {
    const dispatcher = guarded({ allowPrivateNetworks: true, allowedPorts: 'all', headersTimeoutMs: 50 });
    const error = await rejection(request(`http://127.0.0.1:${port}/hang`, { dispatcher }));
    expect(error).toBeInstanceOf(errors.HeadersTimeoutError);
  });
});

describe('createGuardedConnector', () => {
  const connectWith = (options: GuardedAgentOptions, target: Partial<Parameters<ReturnType<typeof createGuardedConnector>>[0]>) =>
    new Promise<{ error: Error | null; socket: net.Socket | null }>((resolve) => {
      createGuardedConnector(options)(
        { hostname: '127.0.0.1', host: `127.0.0.1:${port}`, protocol: 'http:', port: String(port), ...target },
        (error, socket) => resolve({ error, socket }),
      );
    });

  it('refuses schemes other than http and https', async () => {
    const { error } = await connectWith({ allowPrivateNetworks: true, allowedPorts: 'all' }, { protocol: 'ftp:' });
    expect(error).toBeInstanceOf(BlockedTargetError);
    expect((error as BlockedTargetError).reason).toBe('scheme ftp: is not http or https');
    expect(socketsOpened()).toBe(0);
  });

  it('refuses a decimal-integer host even when handed one directly', async () => {
    const { error } = await connectWith({ allowedPorts: 'all' }, { hostname: '2130706433' });
    expect(error).toMatchObject({ address: '127.0.0.1' });
    expect(socketsOpened()).toBe(0);
  });

  it('hands back a connected socket when allowed', async () => {
    const { error, socket } = await connectWith({ allowedPorts: 'all', allowPrivateNetworks: loopback1IsPublic }, {});
    expect(error).toBeNull();
    expect(socket?.remoteAddress).toBe('127.0.0.1');
    expect(socket?.remotePort).toBe(port);
    socket?.destroy();
  });
});

describe('guard/index.ts', () => {
  it('re-exports the guard API', () => {
    expect(Object.keys(guardIndex).sort()).toEqual([
      'checkAddress',
      'checkOrigin',
      'checkTarget',
      'classifyAddress',
      'createGuardedAgent',
      'createGuardedConnector',
      'defaultGuardPolicy',
      'effectivePort',
      'embeddedIpv4',
      'parseIpLiteral',
      'pickAddresses',
      'resolveGuardPolicy',
      'systemLookup',
    ]);
  });
});
