import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { looksLikeWarc, readHead } from '../../src/cli/sniff-warc.js';
import { warcFile } from './warc-writer.js';

const dir = mkdtempSync(join(tmpdir(), 'embedsift-sniff-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const archive = (gzip: boolean) => warcFile([{ type: 'warcinfo', block: 'software: test\r\n' }], gzip);

describe('looksLikeWarc', () => {
  it('recognises a WARC file, plain or gzipped per record', () => {
    expect(looksLikeWarc(archive(false))).toBe(true);
    expect(looksLikeWarc(archive(true))).toBe(true);
    expect(looksLikeWarc(archive(true).subarray(0, 64))).toBe(true);
  });

  it('says no to articles, other gzip data and short input', () => {
    expect(looksLikeWarc(Buffer.from('<!doctype html><p>WARC/1.1 is a format</p>'))).toBe(false);
    expect(looksLikeWarc(gzipSync('{"id":1,"text":"WARC/1.0"}'))).toBe(false);
    expect(looksLikeWarc(Buffer.from([0x1f, 0x8b, 8]))).toBe(false);
    expect(looksLikeWarc(new Uint8Array(0))).toBe(false);
  });
});

describe('readHead', () => {
  it('reads up to the first bytes of a file, never stdin, null when it cannot', () => {
    const path = join(dir, 'crawl.warc');
    writeFileSync(path, archive(false));
    expect(Buffer.from(readHead(path, 8) ?? []).toString('latin1')).toBe('WARC/1.1');
    expect(readHead(path, 1 << 20)?.length).toBe(archive(false).length);
    expect(readHead('-', 8)).toBeNull();
    expect(readHead(join(dir, 'missing.warc'), 8)).toBeNull();
  });
});
