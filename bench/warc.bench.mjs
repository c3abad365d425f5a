// WARC extraction throughput against warcio's bare iteration over the same file (issue 18: the
// target is a ratio of at least 0.5: finding the embeds costs no more than reading the archive).
// Writes a .warc.gz of invented pages (the fixtures, varied) to the temp directory,
// EMBEDSIFT_BENCH_WARC_MB (default 100) of uncompressed records; reads it with warcio (every
// record's body), then runs `embedsift extract --from warc --workers 2` over it; prints both
// rates and the ratio. The file is deleted at the end.
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WARCParser } from 'warcio';

const root = new URL('..', import.meta.url).pathname;
const megabytes = Number(process.env.EMBEDSIFT_BENCH_WARC_MB ?? 100);
const pages = readdirSync(join(root, 'fixtures/html'))
  .filter((name) => name.endsWith('.html'))
  .map((name) => readFileSync(join(root, 'fixtures/html', name)));
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
  console.log(`WARC: ${records} records, ${mb.toFixed(0)} MB uncompressed (${bodies} body bytes)`);
  console.log(`  warcio bare iteration:            ${(mb / bareSeconds).toFixed(1)} MB/s (${bareSeconds.toFixed(1)} s)`);
  console.log(`  embedsift extract --workers 2:    ${(mb / cliSeconds).toFixed(1)} MB/s (${cliSeconds.toFixed(1)} s, ${lines} lines)`);
  console.log(`  ratio (target >= 0.5):            ${(bareSeconds / cliSeconds).toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
