// WARC extraction throughput against warcio's bare iteration over the same file (issue 18: the
// target is a ratio of at least 0.5: finding the embeds costs no more than reading the archive).
// Writes a .warc.gz (gzip per record, as Common Crawl does) of invented news pages to the temp
// directory: whole pages of 50–300 KB (bench/article-pages.mjs), half of them with 1–6 of the
// fixtures' embeds spliced in, EMBEDSIFT_BENCH_WARC_MB (default 100) MB of uncompressed records.
// Reads it with warcio (every record's body), then runs `embedsift extract --from warc --workers 2`
// over it; prints both rates, the ratio, and the time one 1 GB file would take at this rate.
// The file is deleted at the end. The target is marked PASS or BELOW; the bench fails only when
// the command itself fails.
import { spawn } from 'node:child_process';
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import { fixtureSnippets, pageSet } from './article-pages.mjs';

const root = new URL('..', import.meta.url).pathname;
const megabytes = Number(process.env.EMBEDSIFT_BENCH_WARC_MB ?? 100);
const snippets = fixtureSnippets();
const withEmbeds = pageSet(24, 21, snippets).pages;
const embedFree = pageSet(24, 22).pages;
const pages = withEmbeds.flatMap((page, i) => [page, embedFree[i]]).map((page) => Buffer.from(page));
const work = mkdtempSync(join(tmpdir(), 'embedsift-warc-bench-'));
const file = join(work, 'bench.warc.gz');

const fd = openSync(file, 'w');
let raw = 0;
let records = 0;
for (let i = 0; raw < megabytes * 1024 * 1024; i++) {
  const body = Buffer.concat([pages[i % pages.length], Buffer.from(`<!-- page ${i} -->`)]);
  const http = Buffer.concat([
    Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\n\r\n`),
    body,
  ]);
  const head = `WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}>\r\nWARC-Target-URI: https://news.example/${i}\r\nWARC-Date: 2024-05-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length}\r\n\r\n`;
  const record = Buffer.concat([Buffer.from(head), http, Buffer.from('\r\n\r\n')]);
  writeSync(fd, gzipSync(record));
  raw += record.length;
  records++;
}
closeSync(fd);
const compressed = statSync(file).size;

try {
  let start = process.hrtime.bigint();
  let bodies = 0;
  for await (const record of new WARCParser(createReadStream(file))) {
    for await (const chunk of record.reader) bodies += chunk.length;
  }
  const bareSeconds = Number(process.hrtime.bigint() - start) / 1e9;

  start = process.hrtime.bigint();
  const lines = await new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      join(root, 'dist/cli.js'),
      'extract',
      '--from',
      'warc',
      '--workers',
      '2',
      '--no-progress',
      file,
    ]);
    let count = 0;
    child.stdout.on('data', (chunk) => {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) count++;
    });
    child.stderr.pipe(process.stderr);
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(count) : reject(new Error(`exit ${code}`))));
  });
  const cliSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  const mb = raw / 1e6;
  console.log(
    `WARC: ${records} records (pages of 50–300 KB, half with embeds), ${mb.toFixed(0)} MB uncompressed, ${(compressed / 1e6).toFixed(0)} MB gzipped (${bodies} body bytes)`,
  );
  console.log(`  warcio bare iteration:            ${(mb / bareSeconds).toFixed(1)} MB/s (${bareSeconds.toFixed(1)} s)`);
  console.log(`  embedsift extract --workers 2:    ${(mb / cliSeconds).toFixed(1)} MB/s (${cliSeconds.toFixed(1)} s, ${lines} lines)`);
  const ratio = bareSeconds / cliSeconds;
  console.log(`  ratio (target >= 0.5):            ${ratio.toFixed(2)} ${ratio >= 0.5 ? 'PASS' : 'BELOW'}`);
  const perGb = (gigabytes) => (((1000 / gigabytes) * cliSeconds) / 60).toFixed(1);
  console.log(
    `  estimate at this rate, ${cpus().length} cores: ${perGb(mb)} min per 1 GB of records, ${perGb(compressed / 1e6)} min per 1 GB .warc.gz file`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
