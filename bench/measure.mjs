// Measurement helpers shared by the throughput benchmarks.
import { performance } from 'node:perf_hooks';

const MB = 1024 * 1024;

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median MB/s of fn(text) over `iterations` timed runs after one warm-up run. */
export function throughput(fn, text, iterations) {
  let result = fn(text);
  const times = [];
  for (let i = 0; i < iterations; i += 1) {
    const t0 = performance.now();
    result = fn(text);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  return { mbPerSecond: text.length / MB / (ms / 1000), ms, result };
}

const MARKERS = /\(@|pic\.twitter\.com\/|t\.co\//g;
/** The baseline: one regex pass counting every embed marker. */
export function countMarkers(text) {
  let count = 0;
  MARKERS.lastIndex = 0;
  while (MARKERS.exec(text) !== null) count += 1;
  return count;
}
