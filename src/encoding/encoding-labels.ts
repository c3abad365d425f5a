import labels from 'whatwg-encoding/lib/labels-to-names.json' with { type: 'json' };

const table: Readonly<Record<string, string>> = labels;

/**
 * The WHATWG encoding name a label stands for (`'latin1'` → `'windows-1252'`, `'sjis'` →
 * `'Shift_JIS'`), or null when the label names no encoding. Reads the table of `whatwg-encoding`
 * (the Encoding Standard's labels) without loading that package's decoders: the built library
 * points `encoding-sniffer`'s import of `whatwg-encoding` here, so the parse path never pulls in
 * iconv-lite or Node's `Buffer`.
 *
 * @example
 * labelToName(' Latin1 '); // 'windows-1252'
 * labelToName('x-sjis'); // 'Shift_JIS'
 * labelToName('klingon'); // null
 */
export function labelToName(label: string): string | null {
  const key = String(label).trim().toLowerCase();
  return Object.hasOwn(table, key) ? (table[key] ?? null) : null;
}
