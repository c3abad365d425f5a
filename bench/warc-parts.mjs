// The shared parts of the WARC benchmarks (bench/warc.bench.mjs, bench/warc-1gb.mjs): writing the
// test archive, and timing `embedsift extract` over it.
//
// The archive is a .warc.gz of invented news pages, one gzip member per record as Common Crawl writes them. The
// pages are whole pages of 50–300 KB (bench/article-pages.mjs), 48 of them, half with 1–6 of the
// fixtures' embeds spliced in; every record gets its own id, URI and a closing comment, so no two
// bodies are the same. Each page is deflated once: a record's member is its WARC and HTTP head,
// deflated and flushed to a byte boundary, then the page's deflate blocks (compressed from a fresh
// state, so valid after any flushed data), then the closing comment as the final block, with the
// CRC-32 and length of the whole record. Any gzip reader reads it as one member per record, and a
// gigabyte takes seconds to write instead of minutes of gzip.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { fixtureSnippets, pageSet } from './article-pages.mjs';

const root = new URL('..', import.meta.url).pathname;

/** The 48 pages, alternating with and without embeds. */
function benchPages() {
  const withEmbeds = pageSet(24, 21, fixtureSnippets()).pages;
  const embedFree = pageSet(24, 22).pages;
  return withEmbeds.flatMap((page, i) => [page, embedFree[i]]).map((page) => Buffer.from(page));
}

// 1f 8b, deflate, no flags, no time, no extra flags, OS unix: what Node's gzip writes.
const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
const flushed = (bytes) => deflateRawSync(bytes, { finishFlush: constants.Z_FULL_FLUSH });

/**
 * Writes records to `path` until `until({ raw, compressed })` says stop (raw: uncompressed record
 * bytes so far; compressed: file bytes so far). Returns the counts.
 *
 * @example
 * writeBenchWarc('/tmp/bench.warc.gz', ({ raw }) => raw >= 100 * 2 ** 20);
 */
export function writeBenchWarc(path, until) {
  const pages = benchPages().map((page) => ({ page, deflated: flushed(page) }));
  const fd = openSync(path, 'w');
  const counts = { records: 0, raw: 0, compressed: 0, bodies: 0 };
  try {
    for (let i = 0; !until(counts); i++) {
      const { page, deflated } = pages[i % pages.length];
      const tail = Buffer.from(`<!-- page ${i} -->\r\n\r\n`);
      const bodyLength = page.length + tail.length - 4;
      const http = `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${bodyLength}\r\n\r\n`;
      const head = Buffer.from(
        `WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}>\r\nWARC-Target-URI: https://news.example/${i}\r\nWARC-Date: 2024-05-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: ${http.length + bodyLength}\r\n\r\n${http}`,
      );
      const size = head.length + page.length + tail.length;
      const trailer = Buffer.alloc(8);
      trailer.writeUInt32LE(crc32(tail, crc32(page, crc32(head))), 0);
      trailer.writeUInt32LE(size % 2 ** 32, 4);
      const member = Buffer.concat([GZIP_HEADER, flushed(head), deflated, deflateRawSync(tail), trailer]);
      writeSync(fd, member);
      counts.records++;
      counts.raw += size;
      counts.compressed += member.length;
      counts.bodies += bodyLength;
    }
  } finally {
    closeSync(fd);
  }
  return counts;
}

/** The peak resident memory of a process so far, in KiB (VmHWM); 0 when it cannot be read. */
function peakKb(pid) {
  try {
    return Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Runs `embedsift extract --from warc --workers N --no-progress FILE` (dist/cli.js), counting its
 * output lines. Resolves with the wall-clock seconds, the CPU seconds of the whole process (every
 * thread, reported by bench/report-cpu.mjs at exit), the line count and the peak RSS in MB (polled
 * every 50 ms); rejects when the command fails.
 *
 * @example
 * const { seconds, cpuSeconds, lines, peakMb } = await timeExtract('/tmp/bench.warc.gz', 2);
 */
export function timeExtract(file, workers) {
  const cpuFile = `${file}.cpu-${workers}`;
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      [
        '--import',
        pathToFileURL(join(root, 'bench/report-cpu.mjs')).href,
        join(root, 'dist/cli.js'),
        'extract',
        '--from',
        'warc',
        '--workers',
        String(workers),
        '--no-progress',
        file,
      ],
      { env: { ...process.env, EMBEDSIFT_BENCH_CPU_FILE: cpuFile } },
    );
    let lines = 0;
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, peakKb(child.pid))), 50);
    child.stdout.on('data', (chunk) => {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
    });
    child.stderr.pipe(process.stderr);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      let cpuSeconds = Number.NaN;
      try {
        cpuSeconds = Number(readFileSync(cpuFile, 'utf8')) / 1e6;
      } catch {}
      rmSync(cpuFile, { force: true });
      if (code === 0) resolve({ seconds, cpuSeconds, lines, peakMb: peak / 1024 });
      else reject(new Error(`embedsift extract exited with ${code}`));
    });
  });
}
