import { closeSync, openSync, readSync } from 'node:fs';
import { inflateRawSync, constants as zlib } from 'node:zlib';
import { gzipHeaderLength } from './gzip-members.js';

const WARC_MAGIC = 'WARC/1.';

/**
 * Whether bytes open a WARC file, by content: `WARC/1.0` or `WARC/1.1` as the first line, or a gzip
 * member (a `.warc.gz`, one member per record) whose first inflated bytes are that line.
 *
 * @example
 * looksLikeWarc(Buffer.from('WARC/1.1\r\nWARC-Type: warcinfo\r\n')); // true
 * looksLikeWarc(Buffer.from('<!doctype html>')); // false
 */
export function looksLikeWarc(bytes: Uint8Array): boolean {
  if (startsWithMagic(bytes)) return true;
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) return false;
  const headerLength = gzipHeaderLength(bytes);
  if (headerLength === -1) return false;
  const deflated = bytes.subarray(headerLength);
  try {
    return startsWithMagic(inflateRawSync(deflated, { finishFlush: zlib.Z_SYNC_FLUSH, maxOutputLength: 1 << 21 }));
  } catch {
    return false;
  }
}

/**
 * Reads the first bytes of a file operand to sniff its format; null for stdin (`-`) or a file that
 * cannot be read (the run reports that file itself).
 *
 * @example
 * const head = readHead('CC-NEWS-20240501.warc.gz', 4096);
 */
export function readHead(file: string, length: number): Uint8Array | null {
  if (file === '-') return null;
  let fd: number | null = null;
  try {
    fd = openSync(file, 'r');
    const buffer = Buffer.alloc(length);
    const read = readSync(fd, buffer, 0, length, 0);
    return buffer.subarray(0, read);
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function startsWithMagic(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, WARC_MAGIC.length)).toString('latin1') === WARC_MAGIC;
}
