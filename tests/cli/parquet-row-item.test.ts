// rowItem: one Parquet row's bytes to its result, in the worker. A STRING column is UTF-8; a plain
// BYTE_ARRAY column is sniffed as bytes input is; a row without metadata, with a read error or
// over --max-line-bytes becomes an error item naming its file and row.
import { describe, expect, it } from 'vitest';
import { FLAG_OVERSIZED, type RowMeta } from '../../src/cli/batch-protocol.js';
import { rowItem } from '../../src/cli/parquet-row-item.js';
import { configOf } from './parsed-options.js';

const meta = (over: Partial<RowMeta> = {}): RowMeta => ({
  id: 'p-1',
  url: 'https://news.example/p-1',
  file: 'articles.parquet',
  row: 3,
  format: 'html',
  utf8: true,
  error: null,
  ...over,
});
const page = (text: string) =>
  `<p>${text}</p><blockquote class="twitter-tweet"><p>Road reopened</p>&mdash; City Desk (@citydesk) <a href="https://twitter.com/citydesk/status/1790000000000000001">May 13, 2024</a></blockquote>`;
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const where = { id: 'p-1', url: 'https://news.example/p-1', file: 'articles.parquet', row: 3 };

describe('rowItem', () => {
  const config = configOf(['extract', '--from', 'parquet', '--max-line-bytes', '1000', 'articles.parquet']);

  it('parses a row into the file-and-row fields, then format, embeds and diagnostics', () => {
    const item = rowItem(new TextEncoder().encode(page('Caf\u00e9 reopens.')), meta(), 0, config);
    expect(item.failed).toBe(false);
    expect(item.embeds).toBe(1);
    expect(item.value).toMatchObject({ ...where, format: 'html', diagnostics: [] });
    expect(Object.keys(item.value)).toEqual(['id', 'url', 'file', 'row', 'format', 'embeds', 'diagnostics']);
  });

  it('a STRING column is UTF-8 whatever --encoding says; a BYTE_ARRAY column follows --encoding', () => {
    const cp1252 = configOf(['extract', '--from', 'parquet', '--encoding', 'windows-1252', 'articles.parquet']);
    const bytes = latin1(page('Caf\u00e9 reopens.'));
    const asString = rowItem(bytes, meta(), 0, cp1252);
    expect(JSON.stringify(asString.value.diagnostics)).toMatch(/invalid-encoding/);
    const asBytes = rowItem(bytes, meta({ utf8: false }), 0, cp1252);
    expect(asBytes.value).toMatchObject({ diagnostics: [] });
    expect(asBytes.embeds).toBe(1);
  });

  it('a row without metadata, a row with a read error and an oversized cell are error items', () => {
    const bytes = new TextEncoder().encode('<p>x</p>');
    expect(rowItem(bytes, undefined, 0, config)).toEqual({
      value: { id: null, error: 'internal error: a row without its metadata' },
      failed: true,
      embeds: 0,
    });
    expect(rowItem(bytes, meta({ error: 'the html cell is null' }), 0, config)).toEqual({
      value: { ...where, error: 'the html cell is null' },
      failed: true,
      embeds: 0,
    });
    expect(rowItem(bytes, meta(), FLAG_OVERSIZED, config)).toEqual({
      value: { ...where, error: 'cell longer than --max-line-bytes (1000 bytes); skipped' },
      failed: true,
      embeds: 0,
    });
  });

  it('a relative link resolves against the row URL, else --base-url', () => {
    const relative =
      '<p>See <a href="/s/abc">more</a>.</p><blockquote class="twitter-tweet"><a href="/citydesk/status/1790000000000000001">May 13, 2024</a></blockquote>';
    const withBase = configOf(['extract', '--from', 'parquet', '--base-url', 'https://twitter.com/', 'articles.parquet']);
    const fromRow = rowItem(new TextEncoder().encode(relative), meta({ url: 'https://x.com/' }), 0, withBase);
    const fromFlag = rowItem(new TextEncoder().encode(relative), meta({ url: null }), 0, withBase);
    expect(JSON.stringify(fromRow.value.embeds)).toMatch(/x\.com\/citydesk\/status\/1790000000000000001/);
    expect(JSON.stringify(fromFlag.value.embeds)).toMatch(/twitter\.com\/citydesk\/status\/1790000000000000001/);
  });
});
