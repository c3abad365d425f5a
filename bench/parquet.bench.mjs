// Parquet extraction throughput against hyparquet's bare read of the same file (issue 18). Writes
// a Parquet table of invented news pages to the temp directory: EMBEDSIFT_BENCH_PARQUET_ROWS
// (default 100) rows of `id`, `url` and `html`, whole pages of 50–300 KB (bench/article-pages.mjs),
// half of them with 1–6 of the fixtures' embeds spliced in, in row groups of 50 rows. Then, in the
// same run, it measures CPU time (user + system, best of 3; never wall-clock, the machine may be
// shared):
//   - hyparquet's bare read: every row of the three columns, as `--from parquet` reads them (cells
//     as bytes, which the workers decode);
//   - `embedsift extract --from parquet --workers 0` over the file (one thread: the parse runs on
//     the main thread, so the CPU time is the whole cost of a row), its own CPU time read in the
//     child at exit, less that of the same command over a one-row table (the start-up: Node, the
//     command and hyparquet loading, a fixed cost per run, not per row).
// Prints rows/s and MB/s of both and the ratio (bare CPU ÷ embedsift CPU: the share of the time
// spent reading the table). For information; no target. The file is deleted at the end.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from 'hyparquet';
import { parquetWriteFile } from 'hyparquet-writer';
import { fixtureSnippets, pageSet } from './article-pages.mjs';

const root = new URL('..', import.meta.url).pathname;
const rows = Number(process.env.EMBEDSIFT_BENCH_PARQUET_ROWS ?? 100);
const ROUNDS = 3;
const snippets = fixtureSnippets();
const withEmbeds = pageSet(24, 21, snippets).pages;
const embedFree = pageSet(24, 22).pages;
const pages = withEmbeds.flatMap((page, i) => [page, embedFree[i]]);
const work = mkdtempSync(join(tmpdir(), 'embedsift-parquet-bench-'));
const file = join(work, 'bench.parquet');
const small = join(work, 'one-row.parquet');

const html = Array.from({ length: rows }, (_, i) => `${pages[i % pages.length]}<!-- page ${i} -->`);
const writeRows = (filename, bodies) =>
  parquetWriteFile({
    filename,
    columnData: [
      { name: 'id', data: bodies.map((_, i) => `a${i}`), type: 'STRING' },
      { name: 'url', data: bodies.map((_, i) => `https://news.example/${i}`), type: 'STRING' },
      { name: 'html', data: bodies, type: 'STRING' },
    ],
    rowGroupSize: 50,
  });
writeRows(file, html);
writeRows(small, html.slice(0, 1));
let htmlBytes = 0;
for (const page of html) htmlBytes += Buffer.byteLength(page);

/** CPU seconds (user + system) of `fn`, best of ROUNDS runs. */
async function bestCpu(fn) {
  let best = Number.POSITIVE_INFINITY;
  let result;
  for (let round = 0; round < ROUNDS; round++) {
    const before = process.cpuUsage();
    result = await fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1e6);
  }
  return { seconds: best, result };
}

// Prints the child's own CPU time (all its threads) on stderr as it exits.
const cpuHook = `data:text/javascript,${encodeURIComponent(
  "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write('\\ncpu-us ' + (u.user + u.system) + '\\n'); });",
)}`;

/** One run of the command over the file: its output lines and its CPU seconds. */
function runCommand(input) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [
      '--import',
      cpuHook,
      join(root, 'dist/cli.js'),
      'extract',
      '--from',
      'parquet',
      '--workers',
      '0',
      '--no-progress',
      input,
    ]);
    let lines = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const cpu = /cpu-us (\d+)/.exec(stderr);
      if (code !== 0 || cpu === null) reject(new Error(`exit ${code}: ${stderr}`));
      else resolve({ lines, seconds: Number(cpu[1]) / 1e6 });
    });
  });
}

try {
  const bare = await bestCpu(async () => {
    const buffer = await asyncBufferFromFile(file);
    const metadata = await parquetMetadataAsync(buffer);
    const read = await parquetReadObjects({
      file: buffer,
      metadata,
      columns: ['html', 'id', 'url'],
      utf8: false,
      parsers: { stringFromBytes: (bytes) => bytes },
    });
    return read.length;
  });
  const bestRun = async (input) => {
    let best = { seconds: Number.POSITIVE_INFINITY, lines: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const run = await runCommand(input);
      if (run.seconds < best.seconds) best = run;
    }
    return best;
  };
  const whole = await bestRun(file);
  // The start-up (Node, the command, hyparquet, one row) is a fixed cost per run, not per row.
  const startup = await bestRun(small);
  const command = { seconds: whole.seconds - startup.seconds, lines: whole.lines };
  const mb = htmlBytes / 1e6;
  const rate = (seconds) => `${Math.round(rows / seconds)} rows/s, ${(mb / seconds).toFixed(1)} MB/s`;
  console.log(
    `Parquet: ${rows} rows (pages of 50–300 KB, half with embeds), ${mb.toFixed(0)} MB of HTML, ${(statSync(file).size / 1e6).toFixed(0)} MB on disk; CPU time, best of ${ROUNDS}`,
  );
  console.log(`  hyparquet bare read:                ${rate(bare.seconds)} (${bare.seconds.toFixed(2)} s, ${bare.result} rows)`);
  console.log(
    `  embedsift extract --workers 0:      ${rate(command.seconds)} (${command.seconds.toFixed(2)} s, ${command.lines} lines; start-up ${startup.seconds.toFixed(2)} s not counted)`,
  );
  console.log(`  ratio (bare read ÷ extract, CPU):   ${(bare.seconds / command.seconds).toFixed(2)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
