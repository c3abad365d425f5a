import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { concatBytes } from './concat-bytes.js';

/**
 * How an archived HTTP body was sent: the `Transfer-Encoding` and `Content-Encoding` headers.
 *
 * @example
 * const codings: BodyCodings = { transferEncoding: 'chunked', contentEncoding: 'gzip' };
 */
export interface BodyCodings {
  /** `Transfer-Encoding` (`chunked`, `gzip, chunked`), or null. */
  transferEncoding: string | null;
  /** `Content-Encoding` (`gzip`, `br`, `deflate`), or null. */
  contentEncoding: string | null;
}

/**
 * Undoes the transfer and content codings of an archived HTTP body: chunked transfer coding, then
 * gzip, deflate and br (in the reverse order they were applied). The decoded body is at most
 * `maxBytes` long. Crawlers sometimes store a body already decoded with its headers unchanged: a
 * body that is not valid chunked data, or not compressed data of the named coding, is taken as it
 * is. Returns an error (never throws) when compressed data is broken or decodes to more than
 * `maxBytes`.
 *
 * @example
 * decodeHttpBody(Buffer.from('5\r\nhello\r\n0\r\n\r\n'), { transferEncoding: 'chunked', contentEncoding: null }, 1024);
 * // { ok: true, bytes: <hello> }
 */
export function decodeHttpBody(
  body: Uint8Array,
  codings: BodyCodings,
  maxBytes: number,
): { ok: true; bytes: Uint8Array } | { ok: false; error: string } {
  const steps = codingList(codings.contentEncoding).concat(codingList(codings.transferEncoding)).reverse();
  let bytes = body;
  for (const coding of steps) {
    if (coding === 'chunked') {
      bytes = dechunk(bytes) ?? bytes;
      continue;
    }
    if (coding === 'identity') continue;
    const decoded = decompress(bytes, coding, maxBytes);
    if (!decoded.ok) return decoded;
    bytes = decoded.bytes;
  }
  if (bytes.length > maxBytes) return { ok: false, error: `decoded body longer than ${maxBytes} bytes; skipped` };
  return { ok: true, bytes };
}

function codingList(header: string | null): string[] {
  if (header === null) return [];
  return header
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '');
}

function decompress(bytes: Uint8Array, coding: string, maxBytes: number): { ok: true; bytes: Uint8Array } | { ok: false; error: string } {
  const options = { maxOutputLength: Math.max(1, maxBytes) };
  const gzipped = bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  try {
    if (coding === 'gzip' || coding === 'x-gzip') return gzipped ? { ok: true, bytes: gunzipSync(bytes, options) } : { ok: true, bytes };
    if (coding === 'br') return { ok: true, bytes: brotliDecompressSync(bytes, options) };
    if (coding === 'deflate') {
      // RFC 9110 deflate is zlib-wrapped; some servers send raw deflate.
      const zlibWrapped = bytes.length >= 2 && (bytes[0] ?? 0) % 16 === 8 && (((bytes[0] ?? 0) << 8) | (bytes[1] ?? 0)) % 31 === 0;
      return { ok: true, bytes: zlibWrapped ? inflateSync(bytes, options) : inflateRawSync(bytes, options) };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, error: `decoded body longer than ${maxBytes} bytes; skipped` };
    // A br or deflate body stored already decoded: keep it when it reads as text.
    if (coding !== 'gzip' && looksLikeMarkup(bytes)) return { ok: true, bytes };
    return { ok: false, error: `cannot undo ${coding} coding: ${error instanceof Error ? error.message : String(error)}` };
  }
  return { ok: false, error: `unknown coding '${coding}'` };
}

function looksLikeMarkup(bytes: Uint8Array): boolean {
  for (let at = 0; at < Math.min(bytes.length, 512); at++) {
    const byte = bytes[at] ?? 0;
    if (byte === 0x3c) return true; // '<'
    if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0xef && byte !== 0xbb && byte !== 0xbf) return false;
  }
  return false;
}

/** Undoes chunked transfer coding; null when the body is not valid chunked data. */
function dechunk(bytes: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let total = 0;
  let at = 0;
  for (;;) {
    const lineEnd = indexOfCrlf(bytes, at);
    if (lineEnd === -1) return parts.length > 0 ? concatBytes(parts, total) : null; // cut short: keep what came
    const sizeText = Buffer.from(bytes.subarray(at, lineEnd)).toString('latin1').split(';')[0]?.trim() ?? '';
    if (!/^[0-9a-f]{1,8}$/i.test(sizeText)) return parts.length > 0 ? concatBytes(parts, total) : null;
    const size = Number.parseInt(sizeText, 16);
    at = lineEnd + 2;
    if (size === 0) return concatBytes(parts, total);
    const piece = bytes.subarray(at, Math.min(bytes.length, at + size));
    parts.push(piece);
    total += piece.length;
    at += size + 2;
    if (at > bytes.length) return concatBytes(parts, total);
  }
}

function indexOfCrlf(bytes: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(0x0d, from); at !== -1; at = bytes.indexOf(0x0d, at + 1)) if (bytes[at + 1] === 0x0a) return at;
  return -1;
}
