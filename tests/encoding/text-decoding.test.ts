import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/encoding/text-decoding.js';

const require = createRequire(import.meta.url);
const whatwg = require('whatwg-encoding') as { decode(bytes: Uint8Array, encoding: string): string };

describe('decodeBytes', () => {
  it('decodes all 256 windows-1252 bytes as the Encoding Standard says (0x92 is ’, not U+0092), whatever Node version', () => {
    const every = Uint8Array.from({ length: 256 }, (_, i) => i);
    const decoded = decodeBytes(every, 'windows-1252');
    expect(decoded?.valid).toBe(true);
    // iconv-lite leaves the five bytes the standard maps to C1 controls undefined (U+FFFD).
    const undefinedInIconv = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);
    const expected = [...whatwg.decode(every, 'windows-1252')]
      .map((c, i) => (undefinedInIconv.has(i) ? String.fromCharCode(i) : c))
      .join('');
    expect(decoded?.text).toBe(expected);
    expect(decoded?.text.charAt(0x92)).toBe('’');
  });

  it('says when bytes were not valid (and keeps the U+FFFD they became)', () => {
    expect(decodeBytes(Uint8Array.of(0x61, 0xff, 0x62), 'UTF-8')).toEqual({ text: 'a\uFFFDb', valid: false });
    expect(decodeBytes(Uint8Array.of(0x82, 0xa0), 'Shift_JIS')).toEqual({ text: 'あ', valid: true });
  });

  it('is null for an encoding the runtime cannot decode', () => {
    expect(decodeBytes(Uint8Array.of(0x61), 'replacement')).toBeNull();
  });
});
