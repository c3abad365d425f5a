/**
 * Encodes invented fixture text in a legacy encoding, for tests: whatwg-encoding's decoder
 * (iconv-lite, an implementation apart from the platform's TextDecoder that the library uses) is
 * the table: every byte, or byte pair, it decodes is mapped back.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const whatwg = require('whatwg-encoding') as { decode(bytes: Uint8Array, encoding: string): string };
const tables = new Map<string, Map<string, number[]>>();

function tableOf(encoding: 'windows-1252' | 'shift_jis'): Map<string, number[]> {
  const cached = tables.get(encoding);
  if (cached !== undefined) return cached;
  const name = encoding === 'shift_jis' ? 'Shift_JIS' : 'windows-1252';
  const table = new Map<string, number[]>();
  const add = (bytes: number[]) => {
    const text = whatwg.decode(Uint8Array.from(bytes), name);
    if (text.length > 0 && !text.includes('\uFFFD') && !table.has(text)) table.set(text, bytes);
  };
  for (let byte = 0; byte < 0x100; byte++) add([byte]);
  if (encoding === 'shift_jis') {
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead >= 0xa0 && lead <= 0xdf) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) add([lead, trail]);
    }
  }
  tables.set(encoding, table);
  return table;
}

/**
 * The bytes of `text` in windows-1252 or Shift_JIS; throws on a character the encoding lacks.
 *
 * @example
 * encodeLegacy('café', 'windows-1252'); // Uint8Array [0x63, 0x61, 0x66, 0xe9]
 */
export function encodeLegacy(text: string, encoding: 'windows-1252' | 'shift_jis'): Uint8Array {
  const table = tableOf(encoding);
  const bytes: number[] = [];
  for (const char of text) {
    const found = table.get(char);
    if (found === undefined) throw new Error(`${encoding} has no ${char}`);
    for (const byte of found) bytes.push(byte);
  }
  return Uint8Array.from(bytes);
}
