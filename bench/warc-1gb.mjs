// The time for one CC-NEWS-sized web archive (issue 18): writes a .warc.gz of about 1 GB (gzip per
// record, invented news pages of 50–300 KB, half with embeds: bench/warc-parts.mjs) to the temp
// directory, runs `embedsift extract --from warc --workers 2` over it once, prints the wall-clock
// and CPU time, the rate and the peak memory, and deletes the file. Run after `npm run build`:
//
//   node bench/warc-1gb.mjs                                   # about 1 GB gzipped, 2 workers
//   EMBEDSIFT_BENCH_WARC_GB=0.1 EMBEDSIFT_BENCH_WORKERS=1 node bench/warc-1gb.mjs
//
// Not part of `npm run bench` (it takes minutes, and needs about 1 GB of free space in the temp
// directory). The load average is printed before and after: on a machine shared with other work
// the wall-clock time is longer than on idle cores, the CPU time much less so.
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { timeExtract, writeBenchWarc } from './warc-parts.mjs';

const gigabytes = Number(process.env.EMBEDSIFT_BENCH_WARC_GB ?? 1);
const workers = Number(process.env.EMBEDSIFT_BENCH_WORKERS ?? 2);
const work = mkdtempSync(join(tmpdir(), 'embedsift-warc-1gb-'));
const file = join(work, 'CC-NEWS-like.warc.gz');
const cleanUp = () => rmSync(work, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

try {
  console.log(`${cpus()[0]?.model ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}`);
  const written = process.hrtime.bigint();
  const { records, raw, compressed } = writeBenchWarc(file, (counts) => counts.compressed >= gigabytes * 1e9);
  console.log(
    `wrote ${(compressed / 1e9).toFixed(2)} GB gzipped, ${(raw / 1e9).toFixed(2)} GB of records, ${records} pages, in ${(Number(process.hrtime.bigint() - written) / 1e9).toFixed(0)} s`,
  );
  const loadBefore = loadavg()[0];
  const run = await timeExtract(file, workers);
  const loadAfter = loadavg()[0];
  console.log(
    `embedsift extract --workers ${workers}: ${run.seconds.toFixed(0)} s (${(run.seconds / 60).toFixed(1)} min) wall-clock, ${run.cpuSeconds.toFixed(0)} s CPU in all threads, ${(raw / 1e6 / run.seconds).toFixed(1)} MB/s of records, ${run.lines} lines, peak RSS ${run.peakMb.toFixed(0)} MB`,
  );
  console.log(`load average (1 min) ${loadBefore.toFixed(1)} before the run, ${loadAfter.toFixed(1)} after`);
  if (run.lines !== records) console.log(`note: ${records} records but ${run.lines} output lines`);
} finally {
  cleanUp();
}
