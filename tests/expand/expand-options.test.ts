import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExpander, defaultExpandHosts, defaultUserAgent, expandDefaults, expandLinks } from '../../src/expand/index.js';
import { matchesHost } from '../../src/expand/default-hosts.js';
import { resolveExpandOptions } from '../../src/expand/expand-options.js';
import { libraryVersion } from '../../src/expand/user-agent.js';
import { mediaLinkHosts, shortLinkHosts } from '../../src/links/short-hosts.js';

describe('options', () => {
  it('fills documented defaults', () => {
    const resolved = resolveExpandOptions({}, 'test');
    expect(resolved).toMatchObject({
      hosts: defaultExpandHosts,
      maxHops: 5,
      maxBodyBytes: 65_536,
      concurrency: 32,
      perHost: 4,
      retries: 2,
      maxRetryAfterMs: 10_000,
      userAgent: defaultUserAgent,
      cacheTtlMs: { success: 30 * 24 * 3_600_000, failure: 3_600_000 },
      policy: { allowPrivateNetworks: false, allowedPorts: [80, 443] },
    });
    expect(expandDefaults.maxHops).toBe(5);
  });

  it.each([
    [{ maxHops: -1 }, RangeError, /maxHops/],
    [{ maxHops: 1.5 }, RangeError, /maxHops/],
    [{ concurrency: 0 }, RangeError, /concurrency/],
    [{ perHost: '4' }, TypeError, /perHost must be a number/],
    [{ totalTimeout: Number.NaN }, TypeError, /totalTimeout/],
    [{ hosts: 't.co' }, TypeError, /hosts must be an array/],
    [{ hosts: ['t.co', ''] }, TypeError, /host names/],
    [{ hosts: ['https://t.co/'] }, TypeError, /host names/],
    // Entries that could never equal a link's URL.hostname (the CLI's --hosts rule, isHostName).
    [{ hosts: ['bit.ly:80'] }, TypeError, /host names/],
    [{ hosts: ['bücher.de'] }, TypeError, /host names/],
    [{ hosts: ['::1'] }, TypeError, /host names/],
    [{ cache: {} }, TypeError, /Keyv-compatible/],
    [{ cacheTtl: { success: 0 } }, RangeError, /cacheTtl.success/],
    [{ allowPrivateNetworks: 'yes' }, TypeError, /allowPrivateNetworks/],
    [{ allowedPorts: [0] }, RangeError, /allowedPorts/],
    [{ allowedPorts: 'some' }, TypeError, /allowedPorts/],
    [{ signal: {} }, TypeError, /AbortSignal/],
    [{ dispatcher: {} }, TypeError, /Dispatcher/],
    [{ userAgent: 'a\r\nX-Evil: 1' }, TypeError, /userAgent/],
    [{ maxHop: 3 }, TypeError, /unknown option "maxHop"/],
  ])('rejects %j', (options, type, message) => {
    expect(() => createExpander(options as never)).toThrow(type);
    expect(() => createExpander(options as never)).toThrow(message);
  });

  it('reads hosts trimmed and lowercase', () => {
    expect(resolveExpandOptions({ hosts: [' T.CO ', 'my_host.example', '[::1]'] }, 'test').hosts).toEqual([
      't.co',
      'my_host.example',
      '[::1]',
    ]);
  });

  it('rejects bad options from the one-shot functions as a programming error', async () => {
    await expect(expandLinks(['https://t.co/x'], { retries: 99 })).rejects.toThrow(RangeError);
    await expect(expandLinks('https://t.co/x' as never)).rejects.toThrow(TypeError);
  });
});

describe('default hosts', () => {
  it('extend the parse path lists rather than copy them', () => {
    for (const host of [...shortLinkHosts, ...mediaLinkHosts]) expect(defaultExpandHosts).toContain(host);
    for (const host of [
      't.co',
      'bit.ly',
      'ow.ly',
      'buff.ly',
      'dlvr.it',
      'trib.al',
      'fb.me',
      'lnkd.in',
      'tinyurl.com',
      'goo.gl',
      'pic.twitter.com',
      'pic.x.com',
    ]) {
      expect(defaultExpandHosts).toContain(host);
    }
    expect(new Set(defaultExpandHosts).size).toBe(defaultExpandHosts.length);
  });

  it('match a host and its subdomains only', () => {
    expect(matchesHost('bit.ly', ['bit.ly'])).toBe(true);
    expect(matchesHost('www.bit.ly', ['bit.ly'])).toBe(true);
    expect(matchesHost('notbit.ly', ['bit.ly'])).toBe(false);
    expect(matchesHost('bit.ly.evil.com', ['bit.ly'])).toBe(false);
    expect(matchesHost('anything', 'all')).toBe(true);
  });
});

describe('user agent', () => {
  it('names the package version from package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(libraryVersion).toBe(pkg.version);
    expect(defaultUserAgent).toContain(`embedsift/${pkg.version}`);
  });
});

describe('unknown option keys', () => {
  it('every entry point names the unknown key and the nearest valid one', async () => {
    const { createFileCache, createMemoryCache, createGuardedAgent, expandEmbeds, resolveEmbeds } = await import(
      '../../src/expand/index.js'
    );
    expect(() => createExpander({ totalTimout: 5 } as never)).toThrow(
      new TypeError('createExpander: unknown option "totalTimout" (did you mean "totalTimeoutMs"?)'),
    );
    await expect(expandLinks([], { perhost: 2 } as never)).rejects.toThrow(
      new TypeError('expandLinks: unknown option "perhost" (did you mean "perHost"?)'),
    );
    await expect(expandEmbeds([], { retires: 1 } as never)).rejects.toThrow(
      new TypeError('expandEmbeds: unknown option "retires" (did you mean "retries"?)'),
    );
    await expect(resolveEmbeds('x', { fromat: 'text', expand: false } as never)).rejects.toThrow(
      new TypeError('resolveEmbeds: unknown option "fromat" (did you mean "format"?)'),
    );
    expect(() => createFileCache('/nonexistent-embedsift-cache', { maxFileByte: 10 } as never)).toThrow(
      new TypeError('createFileCache: unknown option "maxFileByte" (did you mean "maxFileBytes"?)'),
    );
    expect(() => createMemoryCache({ maxEntry: 10 } as never)).toThrow(
      new TypeError('createMemoryCache: unknown option "maxEntry" (did you mean "maxEntries"?)'),
    );
    expect(() => createGuardedAgent({ allowedPort: [443] } as never)).toThrow(
      new TypeError('createGuardedAgent: unknown option "allowedPort" (did you mean "allowedPorts"?)'),
    );
  });

  it('every documented expander option is accepted', async () => {
    const { expandOptionKeys } = await import('../../src/expand/expand-options.js');
    expect(expandOptionKeys).toHaveLength(21);
    for (const key of expandOptionKeys) expect(() => resolveExpandOptions({ [key]: undefined }, 'test'), key).not.toThrow();
    const { resolveEmbeds } = await import('../../src/expand/index.js');
    await expect(resolveEmbeds('x', { format: 'text', expand: false, maxHops: 2 })).resolves.toEqual([]);
  });
});
