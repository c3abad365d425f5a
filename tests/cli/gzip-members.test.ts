// A .warc.gz is many gzip members, one per record: GzipMembers inflates them with Node's zlib and
// names any inflated position by the compressed offset of its member (the offset a WARC index
// gives), whatever the chunks the file arrives in.
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { GzipMembers, gzipHeaderLength } from '../../src/cli/gzip-members.js';
import { httpResponse, warcRecord } from './warc-writer.js';

/** Three invented records of different sizes, as a crawler writes them. */
const records = [
  warcRecord({ type: 'warcinfo', block: 'software: embedsift-tests\r\nformat: WARC File Format 1.1\r\n' }),
  warcRecord({
    type: 'response',
    uri: 'https://news.example/harbour',
    block: httpResponse(
      { 'Content-Type': 'text/html; charset=utf-8' },
      `<html><body>${'<p>The harbour ferry resumed its dawn crossings on Tuesday.</p>'.repeat(400)}</body></html>`,
    ),
  }),
  warcRecord({ type: 'request', uri: 'https://news.example/harbour', block: 'GET /harbour HTTP/1.1\r\nHost: news.example\r\n\r\n' }),
];
const members = records.map((record) => gzipSync(record));
const file = Buffer.concat(members);
const inflated = Buffer.concat(records);
/** Where each member starts, compressed and inflated. */
const memberStarts = members.map((_, i) => Buffer.concat(members.slice(0, i)).length);
const recordStarts = records.map((_, i) => Buffer.concat(records.slice(0, i)).length);

/** Yields `bytes` in chunks of the given sizes (cycled). */
async function* chunked(bytes: Uint8Array, sizes: number[]): AsyncGenerator<Uint8Array> {
  for (let at = 0, i = 0; at < bytes.length; i++) {
    const size = sizes[i % sizes.length] ?? 1;
    yield bytes.subarray(at, at + size);
    at += size;
  }
}

/** Reads everything; returns the bytes, the chunk sizes, and the reader. */
async function readAll(source: AsyncIterable<Uint8Array>): Promise<{ bytes: Buffer; sizes: number[]; reader: GzipMembers }> {
  const reader = new GzipMembers(source);
  const parts: Uint8Array[] = [];
  for await (const chunk of reader) parts.push(chunk);
  return { bytes: Buffer.concat(parts), sizes: parts.map((part) => part.length), reader };
}

/** A gzip member written by hand, with the optional header fields Node's gzip never writes. */
function memberWithHeaderFields(text: string): Buffer {
  const data = Buffer.from(text);
  const extra = Buffer.from([4, 0, 0x41, 0x42, 0x43, 0x44]); // XLEN 4, one 4-byte subfield
  const header = Buffer.concat([
    Buffer.from([0x1f, 0x8b, 8, 4 | 8 | 16 | 2, 0, 0, 0, 0, 0, 3]),
    extra,
    Buffer.from('crawl-00001.warc\0comment: invented\0', 'latin1'),
    Buffer.from([0xaa, 0xbb]), // header CRC (not checked by readers)
  ]);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(data), 0);
  trailer.writeUInt32LE(data.length, 4);
  return Buffer.concat([header, deflateRawSync(data), trailer]);
}

describe('GzipMembers', () => {
  it.each([
    ['one chunk', [1 << 20]],
    ['1-byte chunks', [1]],
    ['uneven chunks', [7, 1000, 3, 65_536, 250]],
  ])('inflates every member, in %s, and names each record by its member offset', async (_name, sizes) => {
    const { bytes, reader } = await readAll(chunked(file, sizes));
    expect(bytes.equals(inflated)).toBe(true);
    expect(reader.compressed).toBe(true);
    expect(reader.problem).toBeNull();
    expect(reader.produced).toBe(inflated.length);
    expect(recordStarts.map((at) => reader.sourceOffset(at))).toEqual(memberStarts);
  });

  it('names a position inside a record by its member, and keeps working when asked in order', async () => {
    const { reader } = await readAll(chunked(file, [4096]));
    expect(reader.sourceOffset(0)).toBe(0);
    expect(reader.sourceOffset((recordStarts[1] ?? 0) + 100)).toBe(memberStarts[1]);
    expect(reader.sourceOffset((recordStarts[2] ?? 0) - 1)).toBe(memberStarts[1]);
    expect(reader.sourceOffset(inflated.length - 1)).toBe(memberStarts[2]);
  });

  it('passes input that is not gzip through unchanged, offsets as they are', async () => {
    const { bytes, reader } = await readAll(chunked(inflated, [3, 5000]));
    expect(bytes.equals(inflated)).toBe(true);
    expect(reader.compressed).toBe(false);
    expect(reader.sourceOffset(recordStarts[2] ?? 0)).toBe(recordStarts[2]);
    expect((await readAll(chunked(new Uint8Array(0), [1]))).bytes.length).toBe(0);
  });

  it('streams a member that inflates to more than 8 MiB in 64 KiB pieces, and reads the member after it', async () => {
    const big = Buffer.from(`<p>${'Tide tables for the eastern quay, updated hourly. '.repeat(200_000)}</p>`);
    expect(big.length).toBeGreaterThan(8 << 20);
    const bigFile = Buffer.concat([gzipSync(big), members[2] as Buffer]);
    const { bytes, sizes, reader } = await readAll(chunked(bigFile, [1 << 20]));
    expect(bytes.equals(Buffer.concat([big, records[2] as Buffer]))).toBe(true);
    expect(sizes.every((size) => size <= 1 << 16)).toBe(true);
    expect(reader.sourceOffset(big.length)).toBe(gzipSync(big).length);
    expect(reader.problem).toBeNull();
  });

  it('streams a member longer than the 1 MiB it reads ahead, cut into chunks anywhere, and a cut or failing read inside it', async () => {
    // Photo bytes do not compress: a 1.5 MiB image record is a 1.5 MiB member.
    const photo = Buffer.alloc(1_500_000);
    for (let i = 0, x = 12345; i < photo.length; i++) photo[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
    const image = warcRecord({
      type: 'response',
      uri: 'https://news.example/photo.jpg',
      block: httpResponse({ 'Content-Type': 'image/jpeg' }, photo),
    });
    const imageMember = gzipSync(image);
    expect(imageMember.length).toBeGreaterThan(1 << 20);
    const withImage = Buffer.concat([members[0] as Buffer, imageMember, members[1] as Buffer]);
    for (const sizes of [[1 << 20], [65_536], [999_999, 7]]) {
      const { bytes, reader } = await readAll(chunked(withImage, sizes));
      expect(bytes.equals(Buffer.concat([records[0] as Buffer, image, records[1] as Buffer])), `chunks ${sizes}`).toBe(true);
      expect(reader.problem).toBeNull();
      expect(reader.sourceOffset((records[0]?.length ?? 0) + image.length)).toBe((members[0]?.length ?? 0) + imageMember.length);
    }
    const cut = await readAll(chunked(withImage.subarray(0, (members[0]?.length ?? 0) + 1_200_000), [65_536]));
    expect(cut.reader.problem).toEqual({ reason: 'truncated gzip member (the file ends inside it)', offset: members[0]?.length });
    const failing = (async function* source() {
      yield withImage.subarray(0, 1_100_000);
      yield withImage.subarray(1_100_000, 1_300_000);
      throw new Error('cannot read crawl.warc.gz: input/output error');
    })();
    await expect(readAll(failing)).rejects.toThrow('input/output error');
  });

  it('reads a member that runs over into the next chunk, however the chunks fall', async () => {
    for (const cut of [1, 9, 10, 25, (members[1]?.length ?? 0) - 8, (members[1]?.length ?? 0) - 3, (members[1]?.length ?? 0) + 2]) {
      const at = (memberStarts[1] ?? 0) + cut;
      const source = (async function* two() {
        yield file.subarray(0, at);
        yield file.subarray(at);
      })();
      const { bytes, reader } = await readAll(source);
      expect(bytes.equals(inflated), `cut at ${cut}`).toBe(true);
      expect(reader.problem).toBeNull();
    }
  });

  it.each([
    ['inside the deflate data', 200],
    ['inside the trailer', 3],
  ])('a file cut %s: the members before are given, the problem names the cut member', async (_name, cut) => {
    const { bytes, reader } = await readAll(chunked(file.subarray(0, file.length - cut), [4096]));
    expect(bytes.subarray(0, recordStarts[2]).equals(inflated.subarray(0, recordStarts[2]))).toBe(true);
    expect(reader.problem).toEqual({ reason: 'truncated gzip member (the file ends inside it)', offset: memberStarts[2] });
  });

  it('a file cut inside a member header, and data that is no gzip member', async () => {
    const cut = await readAll(chunked(Buffer.concat([file, (members[0] as Buffer).subarray(0, 6)]), [1 << 20]));
    expect(cut.bytes.equals(inflated)).toBe(true);
    expect(cut.reader.problem).toEqual({ reason: 'truncated gzip member (the file ends inside it)', offset: file.length });
    const garbage = await readAll(chunked(Buffer.concat([file, Buffer.from('WARC/1.1\r\n')]), [1 << 20]));
    expect(garbage.bytes.equals(inflated)).toBe(true);
    expect(garbage.reader.problem).toEqual({ reason: 'data that is no gzip member', offset: file.length });
  });

  it('a member whose CRC does not match, or whose deflate data is broken, stops the reading there', async () => {
    const badCrc = Buffer.from(members[1] as Buffer);
    badCrc[badCrc.length - 6] = (badCrc[badCrc.length - 6] ?? 0) ^ 0xff;
    const crcRun = await readAll(chunked(Buffer.concat([members[0] as Buffer, badCrc, members[2] as Buffer]), [1 << 20]));
    expect(crcRun.bytes.equals(records[0] as Buffer)).toBe(true);
    expect(crcRun.reader.problem).toEqual({ reason: 'broken gzip member (its CRC or length does not match)', offset: memberStarts[1] });

    const badData = Buffer.concat([(members[1] as Buffer).subarray(0, 10), Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff])]);
    const dataRun = await readAll(chunked(Buffer.concat([members[0] as Buffer, badData, members[2] as Buffer]), [1 << 20]));
    expect(dataRun.bytes.equals(records[0] as Buffer)).toBe(true);
    expect(dataRun.reader.problem?.offset).toBe(memberStarts[1]);
    expect(dataRun.reader.problem?.reason).toMatch(/^broken gzip data \(/);
  });

  it('reads headers with a name, a comment, an extra field and a header CRC, split anywhere, and empty members', async () => {
    const custom = Buffer.concat([memberWithHeaderFields('WARC/1.0\r\n'), gzipSync(''), memberWithHeaderFields('second\r\n')]);
    for (const size of [1, 5, 13, 64]) {
      const { bytes, reader } = await readAll(chunked(custom, [size]));
      expect(bytes.toString()).toBe('WARC/1.0\r\nsecond\r\n');
      expect(reader.problem).toBeNull();
      expect(reader.sourceOffset(10)).toBe(custom.length - memberWithHeaderFields('second\r\n').length);
    }
  });

  it('a failure to read the input is thrown, not taken for broken data, in a whole or a streamed member', async () => {
    const failing = (bytes: Uint8Array) =>
      (async function* source() {
        yield bytes;
        throw new Error('cannot read crawl.warc.gz: input/output error');
      })();
    await expect(readAll(failing(file))).rejects.toThrow('input/output error');
    await expect(readAll(failing(file.subarray(0, (memberStarts[1] ?? 0) + 40)))).rejects.toThrow('input/output error');
  });
});

describe('gzipHeaderLength', () => {
  it('measures the fixed header and the optional fields, and says -1 when the bytes end inside it', () => {
    expect(gzipHeaderLength(gzipSync('hello'))).toBe(10);
    const custom = memberWithHeaderFields('x');
    expect(gzipHeaderLength(custom)).toBe(10 + 6 + 'crawl-00001.warc\0comment: invented\0'.length + 2);
    expect(gzipHeaderLength(custom.subarray(0, 20))).toBe(-1);
    expect(gzipHeaderLength(Uint8Array.of(0x1f, 0x8b, 8))).toBe(-1);
  });
});
