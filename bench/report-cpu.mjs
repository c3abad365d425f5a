// Preloaded (`node --import`) into a command the benchmarks time: when the process exits, writes
// its CPU time in microseconds, user and system, all threads counted (the worker threads too), to
// the file named by EMBEDSIFT_BENCH_CPU_FILE. Does nothing when that variable is unset.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.EMBEDSIFT_BENCH_CPU_FILE;
if (isMainThread && file) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(file, String(user + system));
  });
}
