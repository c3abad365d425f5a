import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/index.js';
import { openExpander } from '../../src/cli/open-expander.js';
import { optionsOf } from './parsed-options.js';
import { type ShortLinkServer, startShortLinkServer } from './short-link-server.js';
import { collectProcessWarnings } from '../expand/helpers/process-warnings.js';

let server: ShortLinkServer;
let cacheDir: string;
beforeAll(async () => {
  server = await startShortLinkServer();
  cacheDir = mkdtempSync(join(tmpdir(), 'embedsift-open-expander-'));
});
afterAll(async () => {
  await server.close();
  rmSync(cacheDir, { recursive: true, force: true });
});

function settings() {
  const options = optionsOf([
    'extract',
    '--expand',
    '--hosts',
    '127.0.0.1',
    '--allow-private-networks',
    '--allowed-ports',
    String(server.port),
  ]);
  if (options.expand === null) throw new Error('no expand settings');
  return options.expand;
}

describe('openExpander', () => {
  it('expands the short links of records on 127.0.0.1, counts requests, and fills a file cache', async () => {
    const { html } = JSON.parse(server.article(1, 'harbour')) as { html: string };
    const records = extractEmbeds(html);
    const stderr: string[] = [];
    const expander = await openExpander(settings(), cacheDir, new AbortController().signal, { write: (text: string) => stderr.push(text) });
    const expanded = await expander.expandEmbeds(records);
    await expander.close();
    const links = (expanded.embeds[0] as { links: { url: string; expandedUrl?: string }[] }).links;
    expect(JSON.stringify(links)).toContain(`${server.origin}/final/harbour`);
    expect(expander.requests()).toBeGreaterThan(0);
    expect(server.requests).toContain('GET /s/harbour');
    expect(readdirSync(cacheDir).length).toBeGreaterThan(0);
    expect(stderr).toEqual([]);
  });

  it('gives nothing to do for no records, without a cache', async () => {
    const expander = await openExpander(settings(), null, new AbortController().signal, { write: () => undefined });
    expect(await expander.expandEmbeds([])).toMatchObject({ embeds: [] });
    expect(expander.requests()).toBe(0);
    await expander.close();
  });
});

const warned = collectProcessWarnings();

describe('openExpander: the time limits under their current names', () => {
  it('hands the time limits to the library under their current names: no deprecation warning', async () => {
    const expander = await openExpander(
      {
        hosts: ['t.co'],
        maxHops: 3,
        timeout: 2_500,
        concurrency: 2,
        perHost: 1,
        retries: 0,
        userAgent: undefined,
        allowPrivateNetworks: false,
        allowedPorts: undefined,
        cacheTimeout: 200,
      },
      null,
      new AbortController().signal,
      { write: () => true },
    );
    // No link is on the hosts, so nothing is sent.
    const { expansions } = await expander.expandEmbeds([]);
    expect(expansions).toEqual([]);
    expect(expander.requests()).toBe(0);
    await expander.close();
    await warned.settle();
    expect(warned.list.filter((warning) => warning.name === 'DeprecationWarning')).toEqual([]);
  });
});
