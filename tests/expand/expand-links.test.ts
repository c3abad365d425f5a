import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExpander, createFileCache, expandLinks, linkExpansionSchema } from '../../src/expand/index.js';
import { localOnly, ok, page, redirect, startTestServer, type Route, type TestServer } from './helpers/test-server.js';

let server: TestServer;
const counters = new Map<string, number>();
/** Counts calls per key, so a route can answer differently the n-th time. */
const nth = (key: string): number => {
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  return n;
};

const routes: Record<string, Route> = {
  '/final': (_req, res) => ok(res),
  '/not-found': (_req, res) => res.writeHead(404).end(),
  '/r301': (_req, res) => redirect(res, 301, '/final'),
  '/r302': (_req, res) => redirect(res, 302, '/final'),
  '/r303': (_req, res) => redirect(res, 303, '/final'),
  '/r307': (_req, res) => redirect(res, 307, '/final'),
  '/r308': (_req, res) => redirect(res, 308, '/final'),
  '/deep/relative': (_req, res) => redirect(res, 302, '../final?utm_source=x&id=7'),
  '/absolute': (req, res) => redirect(res, 301, `http://${req.headers.host}/final`),
  '/to-404': (_req, res) => redirect(res, 301, '/not-found'),
  '/to-script': (_req, res) => redirect(res, 301, '/script-href'),
  '/to-meta': (_req, res) => redirect(res, 301, '/meta'),
  '/to-broken': (_req, res) => redirect(res, 301, '/broken-too'),
  '/broken-too': (_req, res) => res.writeHead(502).end(),
  '/loop-a': (_req, res) => redirect(res, 302, '/loop-b'),
  '/loop-b': (_req, res) => redirect(res, 302, '/loop-a'),
  '/chain': (req, res) => {
    const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n') ?? '0');
    if (n <= 0) ok(res);
    else redirect(res, 302, `/chain?n=${n - 1}`);
  },
  '/meta': (_req, res) => page(res, '<html><head><meta http-equiv="refresh" content="0;URL=/final"></head></html>'),
  '/script': (req, res) => page(res, `<script>location.replace("http:\\/\\/${req.headers.host}\\/final")</script>`),
  '/script-href': (_req, res) => page(res, '<script>window.location.href = "/final";</script>'),
  '/plain-page': (_req, res) => page(res, '<html><body>no redirect here</body></html>'),
  '/head-refused': (req, res) => {
    if (req.method === 'HEAD') res.writeHead(405).end();
    else redirect(res, 301, '/final');
  },
  '/rate-limited': (_req, res) => {
    if (nth('rate-limited') === 1) res.writeHead(429, { 'retry-after': '1' }).end();
    else redirect(res, 301, '/final');
  },
  '/rate-limited-long': (_req, res) => res.writeHead(429, { 'retry-after': '120' }).end(),
  '/flaky': (_req, res) => {
    if (nth('flaky') <= 2) res.writeHead(503).end();
    else redirect(res, 301, '/final');
  },
  '/broken': (_req, res) => res.writeHead(500).end(),
  '/reset-once': (req, res) => {
    if (nth('reset-once') === 1) req.socket.destroy();
    else redirect(res, 301, '/final');
  },
  '/reset-always': (req) => req.socket.destroy(),
  '/hang': () => undefined,
  '/endless': (req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const timer = setInterval(() => res.write('<p>more</p>'.repeat(10)), 20);
    res.on('close', () => clearInterval(timer));
  },
  '/dedupe': (_req, res) => setTimeout(() => redirect(res, 301, '/final'), 30),
  '/cached': (_req, res) => redirect(res, 301, '/final'),
  '/canon': (_req, res) => redirect(res, 301, '/final'),
  '/on-disk': (_req, res) => redirect(res, 302, '/final'),
  '/fails': (_req, res) => res.writeHead(404).end(),
  '/slow': (_req, res) => setTimeout(() => redirect(res, 301, '/final'), 200),
  '/tracking': (_req, res) => redirect(res, 301, 'HTTP://Example.COM:80/a/./b/../story?utm_medium=social&fbclid=abc&keep=1#frag'),
  '/ua': (_req, res) => ok(res),
};

const fast = { ...localOnly, hosts: 'all', retryDelay: 1, cache: false } as const;

beforeAll(async () => {
  server = await startTestServer(routes);
});
afterAll(async () => {
  await server.close();
});

describe('expandLinks: redirects', () => {
  it.each([301, 302, 303, 307, 308])('follows a %i redirect to the final URL', async (code) => {
    const [result] = await expandLinks([server.url(`/r${code}`)], fast);
    expect(result).toEqual({
      url: server.url(`/r${code}`),
      status: 'expanded',
      expandedUrl: server.url('/final'),
      hops: [
        { url: server.url(`/r${code}`), status: code },
        { url: server.url('/final'), status: 200 },
      ],
    });
    expect(linkExpansionSchema.parse(result)).toEqual(result);
  });

  it('resolves a relative Location against the hop URL and canonicalises the result', async () => {
    const [result] = await expandLinks([server.url('/deep/relative')], fast);
    expect(result?.status).toBe('expanded');
    expect(result?.expandedUrl).toBe(server.url('/final?id=7'));
    expect(result?.hops[1]?.url).toBe(server.url('/final?utm_source=x&id=7'));
  });

  it('reports a 2xx without redirect as unchanged, with the canonical URL', async () => {
    const [result] = await expandLinks([`${server.origin.toUpperCase().replace('HTTP', 'http')}/final#x`], fast);
    expect(result?.status).toBe('unchanged');
    expect(result?.expandedUrl).toBe(server.url('/final'));
    expect(result?.hops).toEqual([{ url: server.url('/final'), status: 200 }]);
  });

  it('fails a link that answers 404, and calls a 404 after a redirect expanded', async () => {
    const [direct, redirected] = await expandLinks([server.url('/not-found'), server.url('/to-404')], fast);
    expect(direct).toMatchObject({ status: 'failed', expandedUrl: null, reason: 'HTTP 404' });
    expect(redirected).toMatchObject({ status: 'expanded', expandedUrl: server.url('/not-found') });
    expect(redirected?.hops.at(-1)).toEqual({ url: server.url('/not-found'), status: 404 });
  });

  it('fails a walk that ends on a 5xx after the retries', async () => {
    const [result] = await expandLinks([server.url('/to-broken')], { ...fast, retries: 0 });
    expect(result).toMatchObject({ status: 'failed', expandedUrl: null, reason: 'HTTP 502' });
    expect(result?.hops).toEqual([
      { url: server.url('/to-broken'), status: 301 },
      { url: server.url('/broken-too'), status: 502 },
    ]);
  });

  it('detects a redirect loop', async () => {
    const [result] = await expandLinks([server.url('/loop-a')], fast);
    expect(result).toMatchObject({ status: 'failed', expandedUrl: null, reason: 'redirect loop' });
    expect(result?.hops.map((hop) => hop.url)).toEqual([server.url('/loop-a'), server.url('/loop-b'), server.url('/loop-a')]);
  });

  it('stops after maxHops redirects', async () => {
    const [within, beyond] = await expandLinks([server.url('/chain?n=3'), server.url('/chain?n=4')], { ...fast, maxHops: 3 });
    expect(within).toMatchObject({ status: 'expanded', expandedUrl: server.url('/chain?n=0') });
    expect(beyond?.status).toBe('failed');
    expect(beyond?.expandedUrl).toBeNull();
    expect(beyond?.reason).toMatch(/too many redirects/);
    expect(beyond?.hops).toHaveLength(5);
  });

  it('stops at the first URL off the expansion hosts without requesting it', async () => {
    const before = server.count('/final');
    const [result] = await expandLinks([server.url('/tracking')], { ...fast, hosts: ['127.0.0.1'] });
    expect(result).toMatchObject({ status: 'expanded', expandedUrl: 'http://example.com/a/story?keep=1#frag' });
    expect(result?.hops.at(-1)?.status).toBeNull();
    expect(server.count('/final')).toBe(before);
  });
});

describe('expandLinks: client-side redirects', () => {
  it("with method 'HEAD' reads a meta refresh from a 200 page (HEAD, then GET)", async () => {
    const [result] = await expandLinks([server.url('/meta')], { ...fast, method: 'HEAD' });
    expect(result).toMatchObject({ status: 'expanded', expandedUrl: server.url('/final') });
    expect(result?.hops[0]).toEqual({ url: server.url('/meta'), status: 200 });
    expect(server.requests.filter((r) => r.path === '/meta').map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  it('reads location.replace and location.href scripts', async () => {
    const results = await expandLinks([server.url('/script'), server.url('/script-href')], fast);
    expect(results.map((r) => r.expandedUrl)).toEqual([server.url('/final'), server.url('/final')]);
  });

  it('by default (GET first) reads a refresh page in one request', async () => {
    const before = server.count('/meta');
    const [result] = await expandLinks([`${server.url('/meta')}?get`], fast);
    expect(result).toMatchObject({ status: 'expanded', expandedUrl: server.url('/final') });
    expect(server.count('/meta') - before).toBe(1);
  });

  it('follows a meta refresh on any hop, a script redirect only on the link or a shortener host', async () => {
    const [meta, script] = await expandLinks([server.url('/to-meta'), server.url('/to-script')], fast);
    expect(meta).toMatchObject({ status: 'expanded', expandedUrl: server.url('/final') });
    expect(script).toMatchObject({ status: 'expanded', expandedUrl: server.url('/script-href') });
    expect(script?.hops.at(-1)).toEqual({ url: server.url('/script-href'), status: 200 });
  });

  it('leaves a 200 page without a redirect unchanged', async () => {
    const [result] = await expandLinks([server.url('/plain-page')], fast);
    expect(result).toMatchObject({ status: 'unchanged', expandedUrl: server.url('/plain-page') });
  });

  it("with method 'HEAD' asks again with GET when HEAD is refused", async () => {
    const [result] = await expandLinks([server.url('/head-refused')], { ...fast, method: 'HEAD' });
    expect(result).toMatchObject({ status: 'expanded', expandedUrl: server.url('/final') });
    expect(server.requests.filter((r) => r.path === '/head-refused').map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  it('reads at most maxBodyBytes of an endless body and releases it', async () => {
    const [result] = await expandLinks([server.url('/endless')], { ...fast, maxBodyBytes: 2048 });
    expect(result).toMatchObject({ status: 'unchanged', expandedUrl: server.url('/endless') });
  });

  it('ends a slow endless body with totalTimeout', async () => {
    const [result] = await expandLinks([server.url('/endless')], { ...fast, maxBodyBytes: 1024 * 1024, totalTimeout: 300, retries: 0 });
    expect(result).toMatchObject({ status: 'failed', expandedUrl: null });
    expect(result?.reason).toMatch(/totalTimeout/);
  });

  it('totalTimeout keeps the hops already resolved and ends the chain at the hop that was pending', async () => {
    const stalling = await startTestServer({
      '/a': (_req, res) => redirect(res, 301, '/b'),
      '/b': (_req, res) => redirect(res, 302, '/c'),
      '/c': () => undefined, // never answers
    });
    try {
      const [result] = await expandLinks([stalling.url('/a')], { ...fast, totalTimeout: 300, retries: 0 });
      expect(linkExpansionSchema.parse(result)).toEqual({
        url: stalling.url('/a'),
        status: 'failed',
        expandedUrl: null,
        hops: [
          { url: stalling.url('/a'), status: 301 },
          { url: stalling.url('/b'), status: 302 },
          { url: stalling.url('/c'), status: null },
        ],
        reason: 'timed out after 300 ms (totalTimeoutMs) at hop 3, after 2 redirects',
      });
    } finally {
      await stalling.close();
    }
  });
});

describe('expandLinks: retries and errors', () => {
  it('honours Retry-After on 429 and then succeeds', async () => {
    const [result] = await expandLinks([server.url('/rate-limited')], fast);
    expect(result).toMatchObject({ status: 'expanded', expandedUrl: server.url('/final') });
    expect(server.count('/rate-limited')).toBe(2);
  });

  it('fails a Retry-After beyond maxRetryAfter without waiting for it', async () => {
    const [result] = await expandLinks([server.url('/rate-limited-long')], { ...fast, maxRetryAfter: 2000 });
    expect(result?.status).toBe('failed');
    expect(result?.reason).toMatch(/Retry-After 120 s, beyond maxRetryAfter/);
    expect(server.count('/rate-limited-long')).toBe(1);
  });

  it('retries 5xx and succeeds within the retries', async () => {
    const [result] = await expandLinks([server.url('/flaky')], { ...fast, retries: 2 });
    expect(result).toMatchObject({ status: 'expanded', expandedUrl: server.url('/final') });
    expect(server.count('/flaky')).toBe(3);
  });

  it('gives up after retries on a persistent 5xx', async () => {
    const [result] = await expandLinks([server.url('/broken')], { ...fast, retries: 2 });
    expect(result).toMatchObject({ status: 'failed', reason: 'HTTP 500' });
    expect(server.count('/broken')).toBe(3);
  });

  it('retries a connection reset', async () => {
    const [once, always] = await expandLinks([server.url('/reset-once'), server.url('/reset-always')], { ...fast, retries: 1 });
    expect(once).toMatchObject({ status: 'expanded', expandedUrl: server.url('/final') });
    expect(always?.status).toBe('failed');
    expect(always?.reason).toMatch(/network error/);
    expect(server.count('/reset-always')).toBe(2);
  });

  it('times out a server that never answers', async () => {
    const [result] = await expandLinks([server.url('/hang')], { ...fast, headersTimeout: 200, retries: 0 });
    expect(result).toMatchObject({ status: 'failed', expandedUrl: null });
    expect(result?.reason).toMatch(/timed out/);
  });

  it('never rejects because of bad input: invalid, non-http, empty, non-string', async () => {
    const results = await expandLinks(['http://', 'mailto:a@b.c', '', 42 as unknown as string, 'ftp://example.com/x'], fast);
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed', 'failed', 'failed', 'failed']);
    for (const result of results) expect(result.reason).toBeTruthy();
    expect(results[1]?.reason).toMatch(/not an http or https URL/);
  });
});

describe('expandLinks: hosts, order, dedupe, cache', () => {
  it('skips links off the hosts list without a request', async () => {
    const before = server.requests.length;
    const results = await expandLinks(['https://example.com/a', 'bit.ly/abc'], { ...localOnly, hosts: ['t.co'], cache: false });
    expect(results.map((r) => [r.status, r.expandedUrl])).toEqual([
      ['skipped', null],
      ['skipped', null],
    ]);
    expect(results[0]?.reason).toMatch(/example\.com is not one of the hosts/);
    expect(server.requests.length).toBe(before);
  });

  it('returns one result per input, in input order, with the input as url', async () => {
    const inputs = [server.url('/slow'), server.url('/final'), 'nonsense', server.url('/r301')];
    const results = await expandLinks(inputs, fast);
    expect(results.map((r) => r.url)).toEqual(inputs);
    expect(results.map((r) => r.status)).toEqual(['expanded', 'unchanged', 'failed', 'expanded']);
  });

  it('requests the same URL once for ten concurrent copies', async () => {
    const url = server.url('/dedupe');
    const results = await expandLinks(
      Array.from({ length: 10 }, () => url),
      fast,
    );
    expect(new Set(results.map((r) => r.expandedUrl))).toEqual(new Set([server.url('/final')]));
    expect(server.count('/dedupe')).toBe(1);
  });

  it('serves a second run from the cache with no request', async () => {
    const expander = createExpander({ ...fast, cache: undefined });
    try {
      const first = await expander.expandLinks([server.url('/cached')]);
      const second = await expander.expandLinks([server.url('/cached'), `${server.url('/cached')}?utm_source=tw`]);
      expect(second).toEqual([first[0], { ...first[0], url: `${server.url('/cached')}?utm_source=tw` }]);
      expect(server.count('/cached')).toBe(1);
      expect(expander.stats()).toMatchObject({ cacheHits: 1, deduplicated: 1, requests: 2 });
    } finally {
      await expander.close();
    }
  });

  it('a file cache serves a second expander (a restarted process) with no request', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'embedsift-expand-'));
    try {
      const [first] = await expandLinks([server.url('/on-disk')], { ...fast, cache: createFileCache(dir) });
      const [second] = await expandLinks([server.url('/on-disk')], { ...fast, cache: createFileCache(dir) });
      expect(second).toEqual(first);
      expect(first?.status).toBe('expanded');
      expect(server.count('/on-disk')).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('caches failures for cacheTtl.failure only', async () => {
    let now = 1_000_000;
    const store = new Map<string, { value: unknown; expires: number }>();
    const cache = {
      get: (key: string) => {
        const entry = store.get(key);
        return entry !== undefined && entry.expires > now ? entry.value : undefined;
      },
      set: (key: string, value: unknown, ttl?: number) => void store.set(key, { value, expires: now + (ttl ?? Infinity) }),
    };
    const options = { ...fast, cache, cacheTtl: { failure: 60_000, success: 3_600_000 } };
    await expandLinks([server.url('/fails')], options);
    await expandLinks([server.url('/fails')], options);
    expect(server.count('/fails')).toBe(1); // GET 404, once: the second call is a cache hit
    now += 60_001;
    const [again] = await expandLinks([server.url('/fails')], options);
    expect(again).toMatchObject({ status: 'failed', reason: 'HTTP 404' });
    expect(server.count('/fails')).toBe(2);
  });

  it('stores successes with cacheTtl.success and does not store blocked or skipped links', async () => {
    const sets: [string, string, number | undefined][] = [];
    const cache = {
      get: () => undefined,
      set: (key: string, value: unknown, ttl?: number) => void sets.push([key, (value as { status: string }).status, ttl]),
    };
    await expandLinks([server.url('/r307'), 'http://10.0.0.1/', 'https://example.com/'], {
      ...fast,
      hosts: ['127.0.0.1', '10.0.0.1'],
      cache,
      cacheTtl: { success: 1234, failure: 99 },
    });
    expect(sets).toHaveLength(1);
    expect(sets[0]?.[0]).toMatch(new RegExp(`^embedsift:expand:v2:[0-9a-f]{16}:${server.url('/r307').replace(/[.]/g, '\\.')}$`));
    expect(sets[0]?.slice(1)).toEqual(['expanded', 1234]);
  });

  it('canonicalises links before de-duplicating and caching them', async () => {
    const expander = createExpander({ ...fast, cache: undefined });
    try {
      const variants = [
        `HTTP://127.0.0.1:${server.port}/canon?utm_source=a`,
        `${server.url('/canon')}#fragment`,
        `${server.url('/canon')}?fbclid=xyz`,
      ];
      const results = await expander.expandLinks(variants);
      expect(results.map((r) => r.url)).toEqual(variants);
      expect(results.map((r) => r.hops[0]?.url)).toEqual(variants.map(() => server.url('/canon')));
      expect(server.count('/canon')).toBe(1);
    } finally {
      await expander.close();
    }
  });

  it('keeps working when the cache throws or hangs, and says so', async () => {
    const throwing = {
      get: () => {
        throw new Error('boom');
      },
      set: () => Promise.reject(new Error('down')),
    };
    const hanging = { get: () => new Promise(() => undefined), set: () => new Promise(() => undefined) };
    const [a] = await expandLinks([server.url('/r301')], { ...fast, cache: throwing });
    const [b] = await expandLinks([server.url('/r302')], { ...fast, cache: hanging, cacheTimeout: 50 });
    expect(a).toMatchObject({ status: 'expanded', cacheError: 'cache get failed: boom' });
    expect(b).toMatchObject({ status: 'expanded', cacheError: 'cache get timed out after 50 ms' });
  });

  it('sends the default User-Agent naming the library, version and home page', async () => {
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    await expandLinks([server.url('/ua')], fast);
    const seen = server.requests.find((r) => r.path === '/ua');
    expect(seen?.userAgent).toBe(`embedsift/${version} (+https://www.npmjs.com/package/embedsift)`);
  });
});

describe('expandLinks: abort and limits', () => {
  it('ends pending links as failed "aborted" when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = expandLinks([server.url('/hang'), server.url('/hang?b'), server.url('/final')], {
      ...fast,
      signal: controller.signal,
      concurrency: 1,
    });
    setTimeout(() => controller.abort(), 100);
    const results = await pending;
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed', expect.stringMatching(/failed|unchanged/)]);
    expect(results[0]?.reason).toBe('aborted');
    expect(results[1]?.reason).toBe('aborted');
  });

  it('returns at once for an already aborted signal, with no request', async () => {
    const before = server.requests.length;
    const results = await expandLinks([server.url('/final')], { ...fast, signal: AbortSignal.abort() });
    expect(results[0]).toMatchObject({ status: 'failed', reason: 'aborted' });
    expect(server.requests.length).toBe(before);
  });

  it('aborting one call leaves a shared request to another call', async () => {
    const expander = createExpander(fast);
    try {
      const controller = new AbortController();
      const url = server.url('/slow');
      const first = expander.expandLinks([url], { signal: controller.signal });
      const second = expander.expandLinks([url]);
      controller.abort();
      expect((await first)[0]).toMatchObject({ status: 'failed', reason: 'aborted' });
      expect((await second)[0]).toMatchObject({ status: 'expanded', expandedUrl: server.url('/final') });
    } finally {
      await expander.close();
    }
  });

  it('respects perHost across two hosts and runs both in parallel', async () => {
    const [a, b] = await Promise.all([startTestServer(routes), startTestServer(routes)]);
    try {
      const urls = Array.from({ length: 12 }, (_, i) => [a.url(`/slow?${i}`), b.url(`/slow?${i}`)]).flat();
      const results = await expandLinks(urls, { ...fast, hosts: ['127.0.0.1'], perHost: 2, concurrency: 8 });
      expect(results.every((r) => r.status === 'expanded')).toBe(true);
      expect(a.maxConcurrent).toBe(2);
      expect(b.maxConcurrent).toBe(2);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('respects the global concurrency cap across hosts', async () => {
    let current = 0;
    let max = 0;
    const tracked: Route = (_req, res) => {
      current++;
      max = Math.max(max, current);
      setTimeout(() => {
        current--;
        redirect(res, 301, '/final');
      }, 100);
    };
    const [a, b] = await Promise.all([startTestServer({ '/t': tracked }), startTestServer({ '/t': tracked })]);
    try {
      const urls = Array.from({ length: 6 }, (_, i) => [a.url(`/t?${i}`), b.url(`/t?${i}`)]).flat();
      const results = await expandLinks(urls, { ...fast, hosts: ['127.0.0.1'], perHost: 4, concurrency: 3 });
      expect(results.every((r) => r.status === 'expanded')).toBe(true);
      expect(max).toBe(3);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('stops a retry backoff as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const pending = expandLinks([server.url('/broken?backoff')], { ...fast, retries: 5, retryDelay: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const [result] = await pending;
    expect(result).toMatchObject({ status: 'failed', reason: 'aborted' });
  });

  it('queues thousands of links without opening more than perHost connections', async () => {
    const fresh = await startTestServer({ '/many': (_req, res) => redirect(res, 301, 'https://example.com/') });
    try {
      const urls = Array.from({ length: 3000 }, (_, i) => `${fresh.url('/many')}?${i}`);
      const results = await expandLinks(urls, { ...fast, hosts: ['127.0.0.1'], method: 'GET', perHost: 4, concurrency: 32 });
      expect(results.filter((r) => r.status === 'expanded')).toHaveLength(3000);
      expect(fresh.requests).toHaveLength(3000);
      expect(fresh.maxConcurrent).toBeLessThanOrEqual(4);
      expect(fresh.connections).toBeLessThanOrEqual(4);
    } finally {
      await fresh.close();
    }
  });

  it('holds 100,000 links with bounded state: a window of started links, few admitted, no sockets', async () => {
    const expander = createExpander({ ...fast, hosts: ['127.0.0.1'], concurrency: 4, perHost: 2 });
    try {
      const controller = new AbortController();
      const urls = Array.from({ length: 100_000 }, (_, i) => server.url(`/hang?many=${i}`));
      const pending = expander.expandLinks(urls, { signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const stats = expander.stats();
      expect(stats.links).toBeLessThanOrEqual(1024); // started (the window), not 100,000
      expect(stats.inFlight).toBeLessThanOrEqual(1024);
      expect(stats.expanding).toBe(4); // admitted: 2 × perHost for the one host
      expect(stats.requests).toBe(2); // perHost
      controller.abort();
      const results = await pending;
      expect(results).toHaveLength(100_000);
      expect(results.every((r) => r.status === 'failed' && r.reason === 'aborted')).toBe(true);
      expect(results[99_999]?.url).toBe(urls[99_999]);
    } finally {
      await expander.close();
    }
  });

  it('close() ends pending links as failed "expander closed"', async () => {
    const expander = createExpander(fast);
    const pending = expander.expandLinks([server.url('/hang?close')]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expander.close();
    expect((await pending)[0]).toMatchObject({ status: 'failed', reason: 'expander closed' });
  });

  it('rejects calls after close', async () => {
    const expander = createExpander(fast);
    await expander.close();
    await expect(expander.expandLinks([server.url('/final')])).rejects.toMatchObject({ code: 'EMBEDSIFT_EXPANDER_CLOSED' });
    await expander.close(); // idempotent
  });
});
