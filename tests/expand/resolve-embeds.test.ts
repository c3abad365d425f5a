import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/extract/index.js';
import { createExpander, expandEmbeds, resolveEmbeds, resolveEmbedsWithDiagnostics } from '../../src/expand/index.js';
import { redirect, routeAllTo, startTestServer, type TestServer } from './helpers/test-server.js';

const article = readFileSync(new URL('../../fixtures/articles/seed-style-article.txt', import.meta.url), 'utf8');

/** Snowflakes: 2024-03-19T18:00:00Z (agrees with "March 19, 2024") and 2024-03-25T12:00:00Z (does not agree with "March 20"). */
const MAYOR_ID = '1770148228101046272';
const CITY_ID = '1772231958328246272';

/** Where the local stand-in for pic.twitter.com sends each photo link. */
const photoTargets: Record<string, string> = {
  '/Hq7ZnW3pLd': `https://twitter.com/MayorAchterberg/status/${MAYOR_ID}/photo/1`,
  '/Bv2RxK8sQm': `https://x.com/AldergroveCity/status/${CITY_ID}/photo/1?s=20`,
  '/Quoted1': 'https://twitter.com/SomeoneElse/status/1770148228101046272/photo/1',
};

let server: TestServer;
let route: ReturnType<typeof routeAllTo>;

beforeAll(async () => {
  const routes = Object.fromEntries(
    Object.entries(photoTargets).map(([path, target]) => [
      path,
      (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
        if (req.headers.host !== 'pic.twitter.com') res.writeHead(421).end();
        else redirect(res, 301, target);
      },
    ]),
  );
  server = await startTestServer(routes);
  route = routeAllTo(server.port);
});
afterAll(async () => {
  await route.dispatcher.close();
  await server.close();
});

describe('resolveEmbeds', () => {
  it('fills id, url and publishedAt of a text embed from its pic.twitter.com link', async () => {
    const embeds = await resolveEmbeds(article, { format: 'text', expand: true, dispatcher: route.dispatcher });
    const mayor = embeds[0];
    expect(mayor?.links[0]).toEqual({
      url: 'https://pic.twitter.com/Hq7ZnW3pLd',
      text: 'pic.twitter.com/Hq7ZnW3pLd',
      kind: 'media',
      expandedUrl: `https://twitter.com/MayorAchterberg/status/${MAYOR_ID}/photo/1`,
    });
    expect(mayor?.id).toBe(MAYOR_ID);
    expect(mayor?.url).toBe(`https://twitter.com/MayorAchterberg/status/${MAYOR_ID}`);
    expect(mayor?.publishedAt).toBe('2024-03-19T18:00:00.000Z');
    // Only the stand-in for pic.twitter.com was contacted: twitter.com is not an expansion host.
    expect(new Set(route.connects)).toEqual(new Set(['pic.twitter.com']));
    expect(server.requests.every((request) => request.host === 'pic.twitter.com')).toBe(true);
  });

  it('reports a date-mismatch when the id time is not on the written day', async () => {
    const { embeds, diagnostics, format, expansions } = await resolveEmbedsWithDiagnostics(article, {
      format: 'auto',
      expand: true,
      dispatcher: route.dispatcher,
    });
    expect(format).toBe('text');
    const city = embeds[2];
    expect(city?.id).toBe(CITY_ID);
    expect(city?.url).toBe(`https://x.com/AldergroveCity/status/${CITY_ID}`);
    expect(city?.links[0]?.expandedUrl).toBe(`https://x.com/AldergroveCity/status/${CITY_ID}/photo/1`);
    const mismatch = diagnostics.filter((d) => d.code === 'date-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0]).toMatchObject({ severity: 'warning', start: city?.source.start, end: city?.source.end });
    expect(expansions.map((e) => e.status)).toEqual(['expanded', 'expanded']);
  });

  it('does not take the id of another author (a quoted post)', async () => {
    const text = 'Look at this. pic.twitter.com/Quoted1 — Jane Roe (@janeroe) March 19, 2024';
    const [post] = await resolveEmbeds(text, { format: 'text', dispatcher: route.dispatcher });
    expect(post?.links[0]?.expandedUrl).toBe('https://twitter.com/SomeoneElse/status/1770148228101046272/photo/1');
    expect(post?.id).toBeNull();
    expect(post?.url).toBeNull();
    expect(post?.publishedAt).toBe('2024-03-19');
  });

  it('expandEmbeds completes records the caller already has, without mutating them', async () => {
    const records = extractEmbeds(article, { format: 'text' });
    const snapshot = structuredClone(records);
    const { embeds, expansions } = await expandEmbeds(records, { dispatcher: route.dispatcher });
    expect(records).toEqual(snapshot);
    expect(embeds.map((e) => e.id)).toEqual([MAYOR_ID, null, CITY_ID]);
    expect(expansions.map((e) => e.url)).toEqual(['https://pic.twitter.com/Hq7ZnW3pLd', 'https://pic.twitter.com/Bv2RxK8sQm']);
  });

  it('with expand: false only extracts, without any request', async () => {
    const before = server.requests.length;
    const { embeds, expansions } = await resolveEmbedsWithDiagnostics(article, { expand: false });
    expect(embeds[0]?.id).toBeNull();
    expect(expansions).toEqual([]);
    expect(server.requests.length).toBe(before);
  });

  it('one expander shares its cache across articles', async () => {
    const expander = createExpander({ dispatcher: route.dispatcher });
    try {
      const before = server.requests.length;
      await expander.resolveEmbeds(article);
      const afterFirst = server.requests.length;
      const again = await expander.resolveEmbeds(article);
      expect(afterFirst - before).toBe(2);
      expect(server.requests.length).toBe(afterFirst);
      expect(again[0]?.id).toBe(MAYOR_ID);
    } finally {
      await expander.close();
    }
    // The expander does not close a dispatcher it was given.
    expect(route.dispatcher.closed).toBe(false);
  });
});
