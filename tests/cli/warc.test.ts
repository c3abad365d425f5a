// WARC in (issue 18): the command reads web archives it recognises by content, gzipped per record
// or not, and writes one line per HTML response record. The archives are written by the tests.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { extractEmbedsWithDiagnostics } from '../../src/index.js';
import { parseJsonl, root, runCli } from './run-built-cli.js';
import { chunked, httpResponse, warcFile, warcRecord, type TestRecord } from './warc-writer.js';

const work = mkdtempSync(join(tmpdir(), 'embedsift-warc-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = readFileSync(join(root, 'fixtures/html/twitter-blockquote-basic.html'));
const html = { 'Content-Type': 'text/html; charset=utf-8' };
/** A page in windows-1252, with the charset only in the HTTP header or only in a meta tag. */
const latinPage = (where: 'header' | 'meta'): Uint8Array =>
  Buffer.from(
    `<html><head>${where === 'meta' ? '<meta charset="windows-1252">' : ''}</head><body><blockquote class="twitter-tweet"><p lang="fr" dir="ltr">Le café du port rouvre à midi.</p>&mdash; Café du Port (@cafeduport) <a href="https://twitter.com/cafeduport/status/1724475340411212019">November 14, 2023</a></blockquote></body></html>`,
    'latin1',
  );

function corpus(): TestRecord[] {
  return [
    { type: 'warcinfo', block: 'software: embedsift-tests\r\nformat: WARC File Format 1.1\r\n' },
    { type: 'request', uri: 'https://news.example/a', block: 'GET /a HTTP/1.1\r\nHost: news.example\r\n\r\n' },
    {
      type: 'response',
      uri: 'https://news.example/a',
      id: 'urn:uuid:aaaaaaaa-0000-4000-8000-000000000001',
      block: httpResponse(html, page),
    },
    {
      type: 'response',
      uri: 'https://news.example/logo.png',
      block: httpResponse({ 'Content-Type': 'image/png' }, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])),
    },
    {
      type: 'response',
      uri: 'https://news.example/moved',
      block: httpResponse({ 'Content-Type': 'text/html', Location: '/a' }, '<p>moved</p>', '301 Moved Permanently'),
    },
    {
      type: 'response',
      uri: 'https://news.example/chunked-gzip',
      id: 'urn:uuid:aaaaaaaa-0000-4000-8000-000000000002',
      block: httpResponse({ ...html, 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' }, chunked(gzipSync(page), 700)),
    },
    {
      type: 'response',
      uri: 'https://news.example/br',
      id: 'urn:uuid:aaaaaaaa-0000-4000-8000-000000000003',
      block: httpResponse({ ...html, 'Content-Encoding': 'br' }, brotliCompressSync(page)),
    },
    {
      type: 'response',
      uri: 'https://news.example/latin-header',
      version: '1.0',
      block: httpResponse({ 'Content-Type': 'text/html; charset=windows-1252' }, latinPage('header')),
    },
    { type: 'response', uri: 'https://news.example/latin-meta', block: httpResponse({ 'Content-Type': 'text/html' }, latinPage('meta')) },
  ];
}

function write(name: string, bytes: Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

const expectedEmbeds = extractEmbedsWithDiagnostics(page.toString('utf8'), { format: 'html' }).embeds;

describe('embedsift extract on WARC files', () => {
  it.each([
    ['gzip per record', true],
    ['uncompressed', false],
  ])('%s: one line per 2xx HTML response, in order, with the record id and URL; codings undone, charsets decoded', async (_name, gzip) => {
    // Named without .warc: the content decides.
    const file = write(`crawl-${gzip ? 'gz' : 'plain'}.bin`, warcFile(corpus(), gzip));
    const { code, stdout, stderr } = await runCli(['extract', '--workers', '1', file]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = parseJsonl(stdout);
    expect(lines.map((line) => line.url)).toEqual([
      'https://news.example/a',
      'https://news.example/chunked-gzip',
      'https://news.example/br',
      'https://news.example/latin-header',
      'https://news.example/latin-meta',
    ]);
    expect(lines.slice(0, 3).map((line) => line.id)).toEqual([
      'urn:uuid:aaaaaaaa-0000-4000-8000-000000000001',
      'urn:uuid:aaaaaaaa-0000-4000-8000-000000000002',
      'urn:uuid:aaaaaaaa-0000-4000-8000-000000000003',
    ]);
    for (const line of lines.slice(0, 3)) {
      expect(line.format).toBe('html');
      expect(line.embeds).toEqual(expectedEmbeds);
    }
    expect(expectedEmbeds.length).toBe(1);
    for (const line of lines.slice(3)) {
      const [embed] = line.embeds as { text: string; author: { name: string } }[];
      expect(embed?.text).toBe('Le café du port rouvre à midi.');
      expect(embed?.author.name).toBe('Café du Port');
    }
  });

  it('--from warc forces it, also on stdin', async () => {
    const bytes = warcFile(corpus(), true);
    const { code, stdout } = await runCli(['extract', '--from', 'warc', '--workers', '0', '-'], bytes);
    expect(code).toBe(0);
    expect(parseJsonl(stdout)).toHaveLength(5);
    const noSniff = await runCli(['extract', '--workers', '0', '-'], bytes);
    expect(noSniff.stdout.startsWith('[')).toBe(true); // stdin is not sniffed: one (binary) article
  });

  it.each([
    ['gzip per record', true],
    ['uncompressed', false],
  ])('%s, truncated tail: the records before it are written, an error line names the offset, exit 3', async (_name, gzip) => {
    const all = corpus();
    const records = [all[0], all[2], all[5]] as TestRecord[];
    const whole = warcFile(records, gzip);
    const lastStart = warcFile(records.slice(0, 2), gzip).length;
    const file = write(`cut-${gzip}.warc`, whole.subarray(0, whole.length - 200));
    const { code, stdout, stderr } = await runCli(['extract', '--workers', '1', file]);
    expect(code).toBe(3);
    const lines = parseJsonl(stdout);
    expect(lines).toHaveLength(1 + 1);
    expect(lines[0]?.url).toBe('https://news.example/a');
    expect(lines[1]).toMatchObject({ file, offset: lastStart });
    expect(String(lines[1]?.error)).toMatch(new RegExp(`^truncated .* at offset ${lastStart}`));
    expect(stderr).toContain(`embedsift: ${file}: truncated`);
  });

  it('a broken gzip member: the records before it are written, an error line names the member offset, exit 3', async () => {
    const members = corpus().map((record) => gzipSync(warcRecord(record)));
    const broken = Buffer.from(members[5] as Buffer);
    broken[broken.length - 6] = (broken[broken.length - 6] ?? 0) ^ 0xff; // a CRC that does not match
    const before = Buffer.concat(members.slice(0, 5));
    const file = write('bad-member.warc.gz', Buffer.concat([before, broken, ...members.slice(6)]));
    const { code, stdout, stderr } = await runCli(['extract', '--workers', '1', file]);
    expect(code).toBe(3);
    const lines = parseJsonl(stdout);
    expect(lines.map((line) => line.url ?? null)).toEqual(['https://news.example/a', null]);
    expect(lines[1]).toMatchObject({ file, offset: before.length });
    expect(String(lines[1]?.error)).toBe(
      `broken gzip member (its CRC or length does not match) at offset ${before.length}; the rest of the file was not read`,
    );
    expect(stderr).toContain(`embedsift: ${file}: broken gzip member`);
  });

  it('a .warc.gz compressed as one gzip stream, not per record, is read too', async () => {
    const file = write('one-stream.warc.gz', gzipSync(warcFile(corpus(), false)));
    const { code, stdout } = await runCli(['extract', '--workers', '1', file]);
    expect(code).toBe(0);
    const lines = parseJsonl(stdout);
    expect(lines).toHaveLength(5);
    expect(lines[0]?.embeds).toEqual(expectedEmbeds);
  });

  it('a malformed record: an error line with its offset, and the next file goes on', async () => {
    const good = warcFile(corpus().slice(2, 3), false);
    const broken = write('broken.warc', Buffer.concat([good, Buffer.from('GARBAGE LINE\r\nnot a header\r\n\r\n'), good]));
    const next = write('next.warc.gz', warcFile(corpus().slice(5, 6), true));
    const { code, stdout, stderr } = await runCli(['extract', '--from', 'warc', '--workers', '1', broken, next]);
    expect(code).toBe(3);
    const lines = parseJsonl(stdout);
    expect(lines.map((line) => line.url ?? null)).toEqual(['https://news.example/a', null, 'https://news.example/chunked-gzip']);
    expect(lines[1]).toMatchObject({ file: broken, offset: good.length });
    expect(String(lines[1]?.error)).toMatch(/^malformed WARC record/);
    expect(stderr).toContain(`${broken}: malformed WARC record`);
  });

  it('a record larger than --max-line-bytes is read past, not held, and gets an error line; the next record is read', async () => {
    const big = Buffer.concat([page, Buffer.from(`<!-- ${'x'.repeat(300_000)} -->`)]);
    const records: TestRecord[] = [
      { type: 'response', uri: 'https://news.example/big', block: httpResponse(html, big) },
      ...corpus().slice(2, 3),
    ];
    const file = write('big.warc.gz', warcFile(records, true));
    const { code, stdout } = await runCli(['extract', '--workers', '1', '--max-line-bytes', '64K', file]);
    expect(code).toBe(0);
    const lines = parseJsonl(stdout);
    expect(lines[0]).toMatchObject({ url: 'https://news.example/big', offset: 0 });
    expect(String(lines[0]?.error)).toMatch(/record payload longer than --max-line-bytes \(65536 bytes\); skipped/);
    expect(lines[1]?.embeds).toEqual(expectedEmbeds);
    expect((await runCli(['extract', '--workers', '1', '--max-line-bytes', '64K', '--strict', file])).code).toBe(1);
  });

  it('a WARC file that cannot be read among others: exit 3, the message names it, the others are written', async () => {
    const a = write('ok-a.warc', warcFile(corpus().slice(2, 3), false));
    const missing = join(work, 'missing.warc.gz');
    const { code, stdout, stderr } = await runCli(['extract', '--from', 'warc', '--workers', '0', a, missing, a]);
    expect(code).toBe(3);
    expect(parseJsonl(stdout).map((line) => line.url)).toEqual(['https://news.example/a', 'https://news.example/a']);
    expect(stderr).toBe(`embedsift: cannot read ${missing}: no such file\n`);
  });

  it('--shard k/n splits WARC files by file', async () => {
    const a = write('shard-a.warc', warcFile(corpus().slice(2, 3), false));
    const b = write('shard-b.warc', warcFile(corpus().slice(5, 6), false));
    const second = await runCli(['extract', '--from', 'warc', '--shard', '2/2', '--workers', '0', a, b]);
    expect(parseJsonl(second.stdout).map((line) => line.url)).toEqual(['https://news.example/chunked-gzip']);
  });

  it('--to json with a WARC file is a usage error that says why', async () => {
    const file = write('json.warc', warcRecord(corpus()[2] as TestRecord));
    const { code, stderr } = await runCli(['extract', '--to', 'json', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('is a WARC file: its output is one JSON line per record; use --to jsonl');
  });
});
