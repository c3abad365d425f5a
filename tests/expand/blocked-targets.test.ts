import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandLinks } from '../../src/expand/index.js';
import { localOnly, ok, redirect, routeAllTo, startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    '/to': (req, res) => redirect(res, 302, new URL(req.url ?? '/', 'http://x').searchParams.get('u') ?? '/'),
    '/final': (_req, res) => ok(res),
  });
});
afterAll(async () => {
  await server.close();
});

const targets = (port: number): [string, RegExp][] => [
  ['http://10.0.0.1/', /10\.0\.0\.1/],
  ['http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254/],
  [`http://127.0.0.2:${port}/`, /127\.0\.0\.2/],
  [`http://[::1]:${port}/`, /::1/],
  // 2130706434 is 127.0.0.2 written as one decimal number.
  [`http://2130706434:${port}/`, /127\.0\.0\.2/],
  [`http://0x7f.0.0.3:${port}/`, /127\.0\.0\.3/],
];

describe('redirects to private addresses', () => {
  it('blocks each one with a reason, through the guarded agent', async () => {
    const list = targets(server.port);
    const urls = list.map(([target]) => `${server.url('/to')}?u=${encodeURIComponent(target)}`);
    const results = await expandLinks(urls, { ...localOnly, hosts: 'all', cache: false, retries: 0 });
    results.forEach((result, i) => {
      expect(result.status, list[i]?.[0]).toBe('blocked');
      expect(result.expandedUrl).toBeNull();
      expect(result.reason).toMatch(list[i]?.[1] ?? /never/);
      expect(result.hops[0]).toEqual({ url: urls[i], status: 302 });
      expect(result.hops[1]?.status).toBeNull();
    });
  });

  it('refuses them before any connection is opened (the dispatcher is never asked)', async () => {
    const { dispatcher, connects } = routeAllTo(server.port);
    try {
      const urls = targets(server.port).map(([target]) => `${server.url('/to')}?u=${encodeURIComponent(target)}`);
      const results = await expandLinks(urls, { ...localOnly, hosts: 'all', cache: false, retries: 0, dispatcher });
      expect(results.map((r) => r.status)).toEqual(urls.map(() => 'blocked'));
      expect(new Set(connects)).toEqual(new Set(['127.0.0.1']));
    } finally {
      await dispatcher.close();
    }
  });

  it('blocks the link itself when it is private and the guard is on (default policy)', async () => {
    const [result] = await expandLinks([server.url('/final')], { hosts: 'all', cache: false });
    expect(result?.status).toBe('blocked');
    expect(result?.reason).toBeTruthy();
    expect(server.count('/final')).toBe(0);
  });

  it('lets the guarded connector block a host name that resolves to a private address', async () => {
    // localhost.embedsift.test is not resolvable; use a name the system resolves to loopback.
    const [result] = await expandLinks([`http://localhost:${server.port}/final`], {
      hosts: 'all',
      cache: false,
      retries: 0,
      allowedPorts: 'all',
      allowPrivateNetworks: (address) => address === '10.255.255.255',
    });
    expect(result?.status).toBe('blocked');
    expect(server.count('/final')).toBe(0);
  });
});
