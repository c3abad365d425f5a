// Item 5: a cache shared between an expander that may reach private networks and one that may
// not must not hand the guarded one the private expansions.
import { Agent } from 'undici';
import { describe, expect, it } from 'vitest';
import { cacheKeyOf, cachePolicyScope, refusedCachedHop } from '../../src/expand/cache-key.js';
import { resolveExpandOptions } from '../../src/expand/expand-options.js';
import { createExpander, createMemoryCache, defaultGuardPolicy, type CacheWarning } from '../../src/expand/index.js';
import { ok, redirect, startTestServer } from './helpers/test-server.js';

const scopeOf = (options: Record<string, unknown>): string => cachePolicyScope(resolveExpandOptions(options, 'test'));

describe('cachePolicyScope', () => {
  it('differs when the guard, the ports, the hosts, maxHops or the connector differ', () => {
    const base = { hosts: ['t.co'], allowedPorts: [80, 443] };
    const scopes = [
      scopeOf(base),
      scopeOf({ ...base, allowPrivateNetworks: true }),
      scopeOf({ ...base, allowedPorts: [80, 443, 8080] }),
      scopeOf({ ...base, allowedPorts: 'all' }),
      scopeOf({ ...base, hosts: ['t.co', 'bit.ly'] }),
      scopeOf({ ...base, hosts: 'all' }),
      scopeOf({ ...base, maxHops: 2 }),
      scopeOf({ ...base, dispatcher: { request() {}, dispatch() {} } }),
    ];
    expect(new Set(scopes).size).toBe(scopes.length);
    for (const scope of scopes) expect(scope).toMatch(/^[0-9a-f]{16}$/);
  });

  it('is the same for the same policy written in another order, and in another process', () => {
    expect(scopeOf({ hosts: ['t.co', 'bit.ly'], allowedPorts: [443, 80] })).toBe(
      scopeOf({ hosts: ['bit.ly', 't.co'], allowedPorts: [80, 443, 443] }),
    );
    expect(scopeOf({})).toBe(scopeOf({ allowPrivateNetworks: false }));
  });

  it('a predicate is scoped to the function object: two closures never share', () => {
    const allow = (address: string): boolean => address === '127.0.0.1';
    const lookalike = (address: string): boolean => address === '127.0.0.1';
    expect(scopeOf({ allowPrivateNetworks: allow })).toBe(scopeOf({ allowPrivateNetworks: allow }));
    expect(scopeOf({ allowPrivateNetworks: allow })).not.toBe(scopeOf({ allowPrivateNetworks: lookalike }));
  });

  it('keys carry the scope', () => {
    expect(cacheKeyOf('0123456789abcdef', 'https://t.co/x')).toBe('embedsift:expand:v2:0123456789abcdef:https://t.co/x');
  });
});

describe('refusedCachedHop', () => {
  it('refuses a chain that requested a private address, ignores an unrequested last hop', () => {
    expect(
      refusedCachedHop(
        [
          { url: 'https://t.co/x', status: 301 },
          { url: 'http://10.0.0.1/', status: null },
        ],
        defaultGuardPolicy,
      ),
    ).toBeNull();
    expect(
      refusedCachedHop(
        [
          { url: 'https://t.co/x', status: 301 },
          { url: 'http://10.0.0.1/', status: 200 },
        ],
        defaultGuardPolicy,
      ),
    ).toMatch(/10\.0\.0\.1 is a private address/);
    expect(refusedCachedHop([{ url: 'http://127.0.0.1:8080/s', status: null }], defaultGuardPolicy)).toMatch(/cached chain requested/);
  });
});

describe('two expanders sharing one cache, one allowed private networks and one not', () => {
  it('the guarded expander never gets the private expansion: blocked, and no request sent', async () => {
    const server = await startTestServer({
      '/short': (_req, res) => redirect(res, 301, '/private-target'),
      '/private-target': (_req, res) => ok(res),
    });
    try {
      const shared = createMemoryCache();
      const link = server.url('/short');
      const permissive = createExpander({ hosts: 'all', allowedPorts: 'all', allowPrivateNetworks: true, cache: shared });
      const [open] = await permissive.expandLinks([link]);
      await permissive.close();
      expect(open).toMatchObject({ status: 'expanded', expandedUrl: server.url('/private-target') });
      expect(shared.size).toBe(1);
      const requests = server.requests.length;

      // Before: the guarded expander read the entry under the same key and returned 'expanded'.
      const guarded = createExpander({ hosts: 'all', allowedPorts: 'all', cache: shared });
      const [closed] = await guarded.expandLinks([link]);
      const stats = guarded.stats();
      await guarded.close();
      expect(closed).toMatchObject({ status: 'blocked', expandedUrl: null });
      expect(stats.cacheHits).toBe(0);
      expect(server.requests.length).toBe(requests);

      // A second permissive expander still finds its own entry.
      const again = createExpander({ hosts: 'all', allowedPorts: 'all', allowPrivateNetworks: true, cache: shared });
      const [hit] = await again.expandLinks([link]);
      expect(again.stats().cacheHits).toBe(1);
      await again.close();
      expect(hit).toEqual(open);
    } finally {
      await server.close();
    }
  });

  it('an entry planted under the guarded scope that requested a private address is not used', async () => {
    const warnings: CacheWarning[] = [];
    // A dispatcher that never connects: the link, once the entry is refused, fails without a packet.
    const dispatcher = new Agent({ connect: (_options, callback) => callback(new Error('no network in this test'), null) });
    const options = { hosts: 'all' as const, allowedPorts: 'all' as const, retries: 0, dispatcher };
    const scope = cachePolicyScope(resolveExpandOptions(options, 'test'));
    const shared = createMemoryCache();
    shared.set(cacheKeyOf(scope, 'https://short.example/x'), {
      status: 'expanded',
      expandedUrl: 'https://example.com/secret',
      hops: [
        { url: 'https://short.example/x', status: 301 },
        { url: 'http://169.254.169.254/latest', status: 302 },
        { url: 'https://example.com/secret', status: null },
      ],
    });
    const expander = createExpander({ ...options, cache: shared, onCacheWarning: (warning) => warnings.push(warning) });
    const [result] = await expander.expandLinks(['https://short.example/x']);
    await expander.close();
    await dispatcher.close();
    expect(result?.status).toBe('failed');
    expect(result?.expandedUrl).toBeNull();
    expect(result?.cacheError).toMatch(/169\.254\.169\.254/);
    expect(warnings.map((warning) => warning.code)).toEqual(['cache-entry-invalid']);
  });
});
