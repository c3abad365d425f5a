// decodedItem: bytes decoded as a browser would (transport hint, <meta charset>), parsed, and made
// into one result item; a failure inside becomes an error item naming the article.
import { describe, expect, it } from 'vitest';
import type { WorkerConfig } from '../../src/cli/cli-options.js';
import { decodedItem } from '../../src/cli/decoded-item.js';
import { configOf } from './parsed-options.js';

const tweet = (text: string) =>
  `<article><p>${text}</p><blockquote class="twitter-tweet"><p>Harbour closed today</p>&mdash; Port Desk (@portdesk) <a href="https://twitter.com/portdesk/status/1790000000000000001">May 13, 2024</a></blockquote></article>`;
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

describe('decodedItem', () => {
  const extract = configOf(['extract', 'a.html']);

  it('decodes by the transport hint, extracts, and puts the head fields first', () => {
    const bytes = latin1(tweet('Caf\u00e9 owners met on Tuesday.'));
    const head = { id: 'w-7', url: 'https://news.example/cafe' };
    const item = decodedItem(bytes, { encoding: 'windows-1252' }, 'html', extract, head.url, head, { ...head, file: 'x.warc' });
    expect(item.failed).toBe(false);
    expect(item.embeds).toBe(1);
    expect(Object.keys(item.value).slice(0, 4)).toEqual(['id', 'url', 'format', 'embeds']);
    expect(item.value).toMatchObject({ id: 'w-7', url: head.url, format: 'html', diagnostics: [] });
    const [record] = item.value.embeds as { platform: string; url: string }[];
    expect(record?.platform).toBe('twitter');
    expect(record?.url).toMatch(/1790000000000000001/);
    expect(item.value).not.toHaveProperty('output');
    // The same bytes read as UTF-8: the lone é byte is invalid there.
    const asUtf8 = decodedItem(bytes, { encoding: 'utf-8' }, 'html', extract, null, head, head);
    expect(JSON.stringify(asUtf8.value.diagnostics)).toMatch(/invalid-encoding/);
  });

  it('with no hint, a <meta charset> names the encoding', () => {
    const bytes = latin1(`<meta charset="windows-1252">${tweet('Caf\u00e9 owners met on Tuesday.')}`);
    const item = decodedItem(bytes, {}, 'html', extract, null, { id: 2 }, { id: 2 });
    expect(item).toMatchObject({ failed: false, embeds: 1, value: { id: 2, diagnostics: [] } });
    // Without the meta element the fallback is UTF-8, where the lone é byte is invalid.
    const bare = decodedItem(latin1(tweet('Caf\u00e9 owners met on Tuesday.')), {}, 'html', extract, null, { id: 2 }, { id: 2 });
    expect(JSON.stringify(bare.value.diagnostics)).toMatch(/invalid-encoding/);
  });

  it('bytes invalid in their encoding become U+FFFD with an invalid-encoding diagnostic', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('<p>Price: '), 0xff, 0xfe, ...new TextEncoder().encode(' euros</p>')]);
    const item = decodedItem(bytes, { encoding: 'utf-8' }, 'html', extract, null, { id: 1 }, { id: 1 });
    expect(item.failed).toBe(false);
    expect(JSON.stringify(item.value.diagnostics)).toMatch(/invalid-encoding/);
  });

  it('convert adds the converted article as output', () => {
    const convert = configOf(['convert', '--embeds', 'marker', 'a.html']);
    const item = decodedItem(
      new TextEncoder().encode(tweet('Ferries resume on Friday.')),
      {},
      'html',
      convert,
      null,
      { id: 'c1' },
      { id: 'c1' },
    );
    expect(item.failed).toBe(false);
    expect(item.embeds).toBe(1);
    expect(typeof item.value.output).toBe('string');
    expect(item.value.output).toMatch(/Ferries resume on Friday\./);
    expect(item.value.output).not.toMatch(/Harbour closed today/);
  });

  it('an unexpected failure becomes an error item with the `where` fields, never a throw', () => {
    const broken = { ...extract } as WorkerConfig;
    Object.defineProperty(broken, 'limits', {
      get() {
        throw new Error('limits unavailable');
      },
    });
    const where = { id: 'r9', url: 'https://news.example/r9', file: 'crawl.warc.gz', offset: 4096 };
    const item = decodedItem(new TextEncoder().encode('<p>hello</p>'), {}, 'html', broken, null, { id: 'r9' }, where);
    expect(item).toEqual({ value: { ...where, error: 'internal error: limits unavailable' }, failed: true, embeds: 0 });
  });
});
