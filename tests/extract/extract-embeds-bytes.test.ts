import { describe, expect, it } from 'vitest';
import { convertArticle, extractEmbeds, extractEmbedsWithDiagnostics } from '../../src/index.js';
import { encodeLegacy } from '../encoding/legacy-bytes.js';
import { frenchPage, japanesePage } from '../encoding/pages.js';

const cases = [
  { name: 'windows-1252', page: frenchPage, encoding: 'windows-1252', meta: '<meta charset="windows-1252">', handle: 'HeleneMarchetti' },
  {
    name: 'Shift_JIS',
    page: japanesePage,
    encoding: 'shift_jis',
    meta: '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
    handle: 'kohoku_city',
  },
] as const;

describe.each(cases)('a $name page as bytes gives the records of its UTF-8 twin', ({ page, encoding, meta, handle }) => {
  it('with <meta charset>', () => {
    const html = page(meta);
    const twin = extractEmbedsWithDiagnostics(html);
    expect(twin.embeds).toHaveLength(1);
    expect(twin.embeds[0]?.author.handle).toBe(handle);
    const read = extractEmbedsWithDiagnostics(encodeLegacy(html, encoding));
    expect(read.embeds).toEqual(twin.embeds);
    expect(read.diagnostics).toEqual(twin.diagnostics);
    expect(read.format).toBe('html');
  });

  it('without <meta>, with the transport hint', () => {
    const html = page('');
    const twin = extractEmbeds(html);
    expect(extractEmbeds(encodeLegacy(html, encoding), { encoding })).toEqual(twin);
    expect(extractEmbeds(Buffer.from(encodeLegacy(html, encoding)), { encoding })).toEqual(twin);
  });

  it('without <meta> or hint: read as UTF-8, and an invalid-encoding warning says the text was mangled', () => {
    const html = page('');
    const read = extractEmbedsWithDiagnostics(encodeLegacy(html, encoding));
    expect(read.encoding).toBe('UTF-8');
    expect(read.embeds[0]?.text).not.toBe(extractEmbeds(html)[0]?.text);
    expect(read.diagnostics.filter((d) => d.code === 'invalid-encoding')).toHaveLength(1);
  });

  it('the result names the encoding read; convertArticle takes bytes too', () => {
    const html = page(meta);
    expect(extractEmbedsWithDiagnostics(encodeLegacy(html, encoding)).encoding).toBe(
      encoding === 'shift_jis' ? 'Shift_JIS' : 'windows-1252',
    );
    expect(extractEmbedsWithDiagnostics(html).encoding).toBeUndefined();
    const converted = convertArticle(encodeLegacy(html, encoding), { embeds: 'marker' });
    expect(converted).toEqual(convertArticle(html, { embeds: 'marker' }));
  });
});

describe('byte order marks', () => {
  it('a UTF-8 BOM: the records of the text without it, offsets into the decoded text', () => {
    const html = japanesePage('<meta charset="Shift_JIS">'); // the BOM wins over the <meta>
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(html)]);
    const read = extractEmbedsWithDiagnostics(bytes);
    expect(read.encoding).toBe('UTF-8');
    expect(read.embeds).toEqual(extractEmbeds(html));
  });

  it('a UTF-16LE BOM on a text article', () => {
    const text =
      'Le maire a parlé.\n\nLe marché ouvre ce soir ! pic.twitter.com/Qm8vTr2xLp — Hélène Marchetti (@HeleneMarchetti) December 18, 2023\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const read = extractEmbedsWithDiagnostics(bytes);
    expect(read.format).toBe('text');
    expect(read.embeds).toEqual(extractEmbeds(text));
    expect(read.embeds[0]?.author.name).toBe('Hélène Marchetti');
  });
});

describe('bytes arguments', () => {
  it('an unknown encoding label is a programming error', () => {
    expect(() => extractEmbeds(new Uint8Array(0), { encoding: 'latin-9000' })).toThrow(/options\.encoding/);
    expect(() => convertArticle(new Uint8Array(0), { embeds: 'remove', encoding: 'latin-9000' })).toThrow(TypeError);
  });

  it('anything but a string or bytes still throws', () => {
    expect(() => extractEmbeds([1, 2] as never)).toThrow(/input must be a string, got an array \(or bytes/);
    expect(() => extractEmbeds(new Uint16Array(2) as never)).toThrow(TypeError);
  });
});
