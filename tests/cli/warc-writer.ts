// Writes small WARC files for the tests (the tests make their own archives: no real crawl is
// copied). WARC 1.0 and 1.1 records, each optionally gzipped as its own member, as crawlers do.
import { gzipSync } from 'node:zlib';

/** One record to write. */
export interface TestRecord {
  /** `response`, `request`, `warcinfo`, `resource`, … */
  type: string;
  /** `WARC-Target-URI`. */
  uri?: string;
  /** `WARC-Record-ID` without the angle brackets (a UUID URN is made when absent). */
  id?: string;
  /** The record block: for response/request records the HTTP message (head and body). */
  block: Uint8Array | string;
  /** `WARC/1.1` by default. */
  version?: '1.0' | '1.1';
}

let serial = 0;

/** An HTTP response message: status line, headers, blank line, body. */
export function httpResponse(headers: Record<string, string>, body: Uint8Array | string, status = '200 OK'): Uint8Array {
  const head = [`HTTP/1.1 ${status}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), '', ''].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'latin1'), typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body)]);
}

/** A body in HTTP chunked transfer coding, cut into chunks of `size` bytes. */
export function chunked(body: Uint8Array, size: number): Uint8Array {
  const parts: Buffer[] = [];
  for (let at = 0; at < body.length; at += size) {
    const piece = body.subarray(at, at + size);
    parts.push(Buffer.from(`${piece.length.toString(16)}\r\n`, 'latin1'), Buffer.from(piece), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

/** One WARC record's bytes (uncompressed). */
export function warcRecord(record: TestRecord): Buffer {
  const block = typeof record.block === 'string' ? Buffer.from(record.block, 'utf8') : Buffer.from(record.block);
  const id = record.id ?? `urn:uuid:00000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`;
  const contentType =
    record.type === 'response'
      ? 'application/http; msgtype=response'
      : record.type === 'request'
        ? 'application/http; msgtype=request'
        : 'text/plain';
  const headers = [
    `WARC/${record.version ?? '1.1'}`,
    `WARC-Type: ${record.type}`,
    `WARC-Record-ID: <${id}>`,
    'WARC-Date: 2024-05-01T12:00:00Z',
    ...(record.uri === undefined ? [] : [`WARC-Target-URI: ${record.uri}`]),
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
    '',
    '',
  ].join('\r\n');
  return Buffer.concat([Buffer.from(headers, 'latin1'), block, Buffer.from('\r\n\r\n')]);
}

/** A whole WARC file: the records back to back, each its own gzip member when `gzip`. */
export function warcFile(records: TestRecord[], gzip: boolean): Buffer {
  return Buffer.concat(records.map((record) => (gzip ? gzipSync(warcRecord(record)) : warcRecord(record))));
}
