import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/encoding/index.js';
import { encodeLegacy } from './legacy-bytes.js';
import { frenchPage, japanesePage } from './pages.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

describe('decodeDocument: the encoding a browser would pick', () => {
  it('reads <meta charset> in the first 1,024 bytes (windows-1252)', () => {
    const page = frenchPage('<meta charset="windows-1252">');
    const decoded = decodeDocument(encodeLegacy(page, 'windows-1252'));
    expect(decoded).toEqual({ text: page, encoding: 'windows-1252', decidedBy: 'meta', diagnostics: [] });
  });

  it('reads <meta http-equiv="Content-Type" content="…; charset=…"> (Shift_JIS)', () => {
    const page = japanesePage('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">');
    const decoded = decodeDocument(encodeLegacy(page, 'shift_jis'));
    expect(decoded).toMatchObject({ text: page, encoding: 'Shift_JIS', decidedBy: 'meta', diagnostics: [] });
  });

  it('takes a label alias (`latin1` is windows-1252, `sjis` is Shift_JIS)', () => {
    expect(decodeDocument(encodeLegacy(frenchPage('<meta charset=latin1>'), 'windows-1252')).encoding).toBe('windows-1252');
    expect(decodeDocument(encodeLegacy(japanesePage('<meta charset=sjis>'), 'shift_jis')).encoding).toBe('Shift_JIS');
  });

  it('without a <meta>, the transport hint decides: `encoding`, or the charset of `contentType`', () => {
    const page = japanesePage('');
    const bytes = encodeLegacy(page, 'shift_jis');
    expect(decodeDocument(bytes, { encoding: 'shift_jis' })).toMatchObject({ text: page, encoding: 'Shift_JIS', decidedBy: 'hint' });
    expect(decodeDocument(bytes, { contentType: 'text/html; charset="Shift_JIS"' })).toMatchObject({ text: page, decidedBy: 'hint' });
  });

  it('the transport hint wins over <meta>, as in browsers', () => {
    const page = frenchPage('<meta charset="utf-8">');
    expect(decodeDocument(encodeLegacy(page, 'windows-1252'), { encoding: 'windows-1252' }).text).toBe(page);
  });

  it('a byte order mark wins over the hint and the <meta>, and is not part of the text', () => {
    const page = frenchPage('<meta charset="windows-1252">');
    const decoded = decodeDocument(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(page)), { encoding: 'windows-1252' });
    expect(decoded).toEqual({ text: page, encoding: 'UTF-8', decidedBy: 'bom', diagnostics: [] });
  });

  it('a UTF-16 byte order mark (little- and big-endian)', () => {
    const page = japanesePage('');
    const le = new Uint8Array(2 + page.length * 2);
    const be = new Uint8Array(2 + page.length * 2);
    le.set([0xff, 0xfe]);
    be.set([0xfe, 0xff]);
    for (let i = 0; i < page.length; i++) {
      const code = page.charCodeAt(i);
      le[2 + i * 2] = code & 0xff;
      le[3 + i * 2] = code >> 8;
      be[2 + i * 2] = code >> 8;
      be[3 + i * 2] = code & 0xff;
    }
    expect(decodeDocument(le)).toMatchObject({ text: page, encoding: 'UTF-16LE', decidedBy: 'bom' });
    expect(decodeDocument(be)).toMatchObject({ text: page, encoding: 'UTF-16BE', decidedBy: 'bom' });
  });

  it('a <meta> past the first 1,024 bytes is not read: UTF-8, the default', () => {
    const page = `<!-- ${'x'.repeat(1100)} -->${frenchPage('<meta charset="windows-1252">')}`;
    const decoded = decodeDocument(encodeLegacy(page, 'windows-1252'));
    expect(decoded.encoding).toBe('UTF-8');
    expect(decoded.decidedBy).toBe('default');
  });

  it('bytes not valid in the encoding become U+FFFD, counted in one warning that says where', () => {
    const page = frenchPage(''); // windows-1252 bytes, read as UTF-8 (no hint, no meta)
    const decoded = decodeDocument(encodeLegacy(page, 'windows-1252'));
    const count = [...decoded.text].filter((c) => c === '\uFFFD').length;
    expect(count).toBeGreaterThan(10);
    const first = decoded.text.indexOf('\uFFFD');
    expect(decoded.diagnostics).toEqual([
      {
        code: 'invalid-encoding',
        severity: 'warning',
        message: expect.stringContaining(`${count} replacement characters`),
        start: first,
        end: decoded.text.lastIndexOf('\uFFFD') + 1,
      },
    ]);
    expect(decoded.text.slice(first - 8, first)).toBe('Le march');
  });

  it('valid UTF-8 without any declaration is read as UTF-8, with no diagnostic', () => {
    const page = japanesePage('');
    expect(decodeDocument(utf8(page))).toEqual({ text: page, encoding: 'UTF-8', decidedBy: 'default', diagnostics: [] });
  });

  it('x-user-defined (a hint only: <meta> turns it into windows-1252) maps 0x80–0xFF to U+F780–U+F7FF', () => {
    expect(decodeDocument(Uint8Array.of(0x41, 0x80, 0xff), { encoding: 'x-user-defined' }).text).toBe('A\uF780\uF7FF');
    expect(decodeDocument(encodeLegacy('<meta charset="x-user-defined">é', 'windows-1252')).encoding).toBe('windows-1252');
  });

  it('an unknown charset in contentType is data: an info diagnostic, and sniffing goes on', () => {
    const decoded = decodeDocument(encodeLegacy(frenchPage('<meta charset="windows-1252">'), 'windows-1252'), {
      contentType: 'text/html; charset=klingon',
    });
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.diagnostics).toMatchObject([{ code: 'unknown-encoding', severity: 'info' }]);
  });

  it('a Buffer is a Uint8Array', () => {
    const page = frenchPage('<meta charset="windows-1252">');
    expect(decodeDocument(Buffer.from(encodeLegacy(page, 'windows-1252'))).text).toBe(page);
  });

  it('bad arguments are programming errors', () => {
    expect(() => decodeDocument('text' as never)).toThrow(TypeError);
    expect(() => decodeDocument(utf8('x'), { encoding: 'klingon' })).toThrow(/options\.encoding/);
    expect(() => decodeDocument(utf8('x'), { contentType: 42 as never })).toThrow(TypeError);
  });
});
