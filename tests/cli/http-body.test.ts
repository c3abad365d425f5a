// The HTTP body of an archived response: codings undone (decodeHttpBody), text decoded (decodePage).
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/encoding/index.js';

/** A WARC page decoded as process-batch does: the HTTP Content-Type is the transport hint. */
const decodePage = (bytes: Uint8Array, contentType: string | null): string =>
  decodeDocument(bytes, contentType === null ? {} : { contentType }).text;
import { decodeHttpBody } from '../../src/cli/http-body.js';
import { chunked } from './warc-writer.js';

const body = Buffer.from('<html><body><p>Harbour closed until noon.</p></body></html>'.repeat(20));
const text = (result: ReturnType<typeof decodeHttpBody>): string =>
  result.ok ? Buffer.from(result.bytes).toString('utf8') : `ERROR ${result.error}`;
const none = { transferEncoding: null, contentEncoding: null };

describe('decodeHttpBody', () => {
  it('undoes chunked transfer coding, with chunk extensions', () => {
    expect(text(decodeHttpBody(chunked(body, 100), { ...none, transferEncoding: 'chunked' }, 1 << 20))).toBe(body.toString());
    const extended = Buffer.from('5;name=x\r\nhello\r\n6\r\n world\r\n0\r\n\r\n');
    expect(text(decodeHttpBody(extended, { ...none, transferEncoding: 'chunked' }, 1024))).toBe('hello world');
  });

  it('undoes gzip, x-gzip, br and deflate (zlib-wrapped or raw), inside chunked too', () => {
    const cases: [string, Uint8Array][] = [
      ['gzip', gzipSync(body)],
      ['x-gzip', gzipSync(body)],
      ['br', brotliCompressSync(body)],
      ['deflate', deflateSync(body)],
      ['deflate', deflateRawSync(body)],
    ];
    for (const [coding, encoded] of cases) {
      expect(text(decodeHttpBody(encoded, { ...none, contentEncoding: coding }, 1 << 20)), coding).toBe(body.toString());
      expect(text(decodeHttpBody(chunked(encoded, 64), { transferEncoding: 'chunked', contentEncoding: coding }, 1 << 20)), coding).toBe(
        body.toString(),
      );
    }
    expect(text(decodeHttpBody(chunked(gzipSync(body), 50), { transferEncoding: 'gzip, chunked', contentEncoding: null }, 1 << 20))).toBe(
      body.toString(),
    );
  });

  it('a body stored already decoded under its original headers is taken as it is', () => {
    expect(text(decodeHttpBody(body, { transferEncoding: 'chunked', contentEncoding: 'gzip' }, 1 << 20))).toBe(body.toString());
    expect(text(decodeHttpBody(body, { ...none, contentEncoding: 'br' }, 1 << 20))).toBe(body.toString());
  });

  it('broken compressed data, a body that decodes past the limit, an unknown coding: an error, no throw', () => {
    const broken = gzipSync(body);
    broken[broken.length - 20] = (broken[broken.length - 20] ?? 0) ^ 0xff;
    expect(text(decodeHttpBody(broken, { ...none, contentEncoding: 'gzip' }, 1 << 20))).toMatch(/^ERROR cannot undo gzip coding/);
    expect(text(decodeHttpBody(gzipSync(body), { ...none, contentEncoding: 'gzip' }, 100))).toBe(
      'ERROR decoded body longer than 100 bytes; skipped',
    );
    expect(text(decodeHttpBody(body, none, 100))).toBe('ERROR decoded body longer than 100 bytes; skipped');
    expect(text(decodeHttpBody(body, { ...none, contentEncoding: 'zstd' }, 1 << 20))).toBe("ERROR unknown coding 'zstd'");
  });
});

describe('decodeDocument on a WARC page', () => {
  // windows-1252: é è à are one byte each, € is 0x80.
  const latin = Buffer.concat([Buffer.from('<p>Café crème à 2 ', 'latin1'), Buffer.from([0x80]), Buffer.from('</p>')]);
  it('the Content-Type charset, then a meta charset in the first 1,024 bytes, then UTF-8', () => {
    // ISO-8859-1 is read as windows-1252, as browsers do.
    expect(decodePage(latin, 'text/html; charset=ISO-8859-1')).toBe('<p>Café crème à 2 €</p>');
    expect(decodePage(Buffer.concat([Buffer.from('<meta charset="windows-1252">'), latin]), 'text/html')).toContain('Café crème');
    expect(decodePage(Buffer.from('<p>Café</p>'), null)).toBe('<p>Café</p>');
    expect(decodePage(latin, 'text/html; charset=no-such-charset')).toContain('Caf\uFFFD');
  });

  it('a byte order mark wins over the header', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Ølhus</p>', 'utf16le')]);
    expect(decodePage(utf16, 'text/html; charset=utf-8')).toBe('<p>Ølhus</p>');
  });
});
