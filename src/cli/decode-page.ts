// LEAD: swap this module's one call site (process-batch.ts, recordItem) for the byte decoder of
// the `bytes` branch (src/encoding, `decodeDocument(bytes, { charset })`) when it lands; this is
// a stand-in with the same inputs: the bytes and the transport's charset hint.

const LATIN1_LABELS = new Set(['ansi_x3.4-1968', 'ascii', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'x-cp1252']);

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Decodes an archived page's bytes to text, as a browser would in short: a byte order mark, then
 * the `charset` of the HTTP `Content-Type`, then a `<meta charset>` or `http-equiv` in the first
 * 1,024 bytes, then UTF-8. An unknown label falls back to UTF-8; invalid bytes become U+FFFD.
 *
 * @example
 * decodePage(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'text/html; charset=windows-1252'); // 'café'
 */
export function decodePage(bytes: Uint8Array, contentType: string | null): string {
  const found = (bomCharset(bytes) ?? headerCharset(contentType) ?? metaCharset(bytes) ?? 'utf-8').toLowerCase();
  // The Encoding Standard reads these labels as windows-1252; Node's TextDecoder reads them as
  // ISO-8859-1 proper, which turns 0x80–0x9F (€, curly quotes, dashes) into control characters.
  const label = LATIN1_LABELS.has(found) ? 'windows-1252' : found;
  try {
    const text = new TextDecoder(label).decode(bytes);
    return label === 'windows-1252' || label === 'cp1252' ? fixWindows1252(text) : text;
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Windows-1252's characters for bytes 0x80–0x9F (the five bytes it leaves undefined map to the same code point, as in the Encoding Standard). */
const WINDOWS_1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Node 20's TextDecoder reads `windows-1252` as ISO-8859-1 (bytes 0x80–0x9F become C1 control
 * characters; fixed in later Node versions): map those to windows-1252's characters.
 */
function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

function headerCharset(contentType: string | null): string | null {
  const match = contentType === null ? null : /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType);
  return match?.[1] ?? null;
}

function metaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return META_CHARSET.exec(head)?.[1] ?? null;
}
