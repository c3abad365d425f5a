import { describe, expect, it } from 'vitest';
import { decodeUtf8Line } from '../../src/cli/utf8-line.js';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : Buffer.from(part))));

describe('decodeUtf8Line', () => {
  it('decodes valid UTF-8, a byte order mark dropped', () => {
    expect(decodeUtf8Line(bytes('{"text":"café 港"}'))).toEqual({ ok: true, text: '{"text":"café 港"}' });
    expect(decodeUtf8Line(bytes([0xef, 0xbb, 0xbf], '{}'))).toEqual({ ok: true, text: '{}' });
  });

  it('names the byte of the first invalid sequence', () => {
    expect(decodeUtf8Line(bytes('{"t":"caf', [0xe9], '"}'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^invalid UTF-8 at byte 9 /),
    });
    expect(decodeUtf8Line(bytes([0xff], 'x'))).toMatchObject({ error: expect.stringMatching(/at byte 0 /) });
    // A truncated 3-byte sequence after multi-byte characters: the offset counts bytes, not characters.
    expect(decodeUtf8Line(bytes('港港', [0xe6, 0xb8]))).toMatchObject({ error: expect.stringMatching(/at byte 6 /) });
  });

  it('a U+FFFD the line spells out in UTF-8 is not the invalid byte', () => {
    expect(decodeUtf8Line(bytes('\uFFFD ok', [0xc3]))).toMatchObject({ error: expect.stringMatching(/at byte 6 /) });
  });
});
