// Throughput floor for hostile input: every family of bench/hostile-families.mjs (the list the
// linearity tests check) run on 1 MB, in MB/s of process CPU time, beside clean article prose.
// Families under 1 MB/s are marked BELOW, unless their output is itself as large as the input
// (LARGE_OUTPUT_FAMILIES). Run with `npm run bench` (builds first) or `node bench/hostile.bench.mjs`
// after `npm run build`; `--only=<substring>` runs the families whose name holds it. Each group of
// families (text, html, entities, dates, convert, fuzz tokens) runs in its own process, so that
// what one group leaves in the JIT does not slow the next. Never fails: it prints a table.
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as api from '../dist/index.js';
import { WORDS, prng } from './generator-parts.mjs';
import { LARGE_OUTPUT_FAMILIES, hostileFamilies } from './hostile-families.mjs';

const MB = 1024 * 1024;
const FLOOR = 1; // MB/s of CPU

/** CPU milliseconds (user + system) of one call of fn(). */
function cpuMs(fn) {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Best CPU time per call of run(input): after a warm-up on 64 KB, up to 3 rounds, stopping once 1 s of CPU is spent. */
function bestCpuMs(run, input, warmUp) {
  run(warmUp);
  let best = Infinity;
  let spent = 0;
  for (let round = 0; round < 3 && spent < 1000; round += 1) {
    const ms = cpuMs(() => run(input));
    best = Math.min(best, ms);
    spent += ms;
  }
  return best;
}

/** ~size characters of embed-free prose: sentences of common news words. */
function cleanProse(size) {
  const rand = prng(7);
  const parts = [];
  let length = 0;
  while (length < size) {
    const words = Array.from({ length: 8 + Math.floor(rand() * 16) }, () => WORDS[Math.floor(rand() * WORDS.length)]);
    const sentence = `${words.join(' ')}.${rand() < 0.2 ? '\n\n' : ' '}`;
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('').slice(0, size);
}

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const group = process.argv.find((arg) => arg.startsWith('--group='))?.slice('--group='.length);

if (group === undefined) {
  console.log(`embedsift hostile-input benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores)`);
  console.log(`MB/s of process CPU time on 1 MB (2^20 UTF-16 code units) of each family; floor ${FLOOR} MB/s; one process per group`);
  const groups = [...new Set(hostileFamilies(api).map((family) => family.group))];
  for (const name of groups) {
    const args = [fileURLToPath(import.meta.url), `--group=${name}`, ...(only === undefined ? [] : [`--only=${only}`])];
    execFileSync(process.execPath, args, { stdio: 'inherit' });
  }
  process.exit(0);
}

const families = hostileFamilies(api).filter((family) => family.group === group && (!only || family.name.includes(only)));
if (families.length === 0) process.exit(0);
console.log(`\n${group}`);

const prose = cleanProse(MB);
// Clean prose in every group's process: the yardstick for that table.
const proseMs = bestCpuMs((input) => api.extractEmbeds(input, { format: 'text' }), prose, prose.slice(0, 64 * 1024));
const rows = [
  { family: 'clean prose (text)', 'ms/MB': proseMs.toFixed(1), 'MB/s': (1000 / Math.max(proseMs, 0.01)).toFixed(0), status: '' },
];

let below = 0;
for (const family of families) {
  const input = family.build(MB);
  const ms = bestCpuMs(family.run, input, family.build(64 * 1024));
  const mbPerSecond = 1000 / Math.max(ms, 0.01);
  const large = LARGE_OUTPUT_FAMILIES.has(family.name);
  const status = mbPerSecond >= FLOOR ? '' : large ? 'large output' : 'BELOW';
  if (status === 'BELOW') below += 1;
  rows.push({
    family: family.name.slice(0, 90),
    'ms/MB': ms.toFixed(1),
    'MB/s': mbPerSecond < 10 ? mbPerSecond.toFixed(2) : mbPerSecond.toFixed(0),
    status,
  });
}
console.table(rows);
const slowest = rows
  .slice(1)
  .sort((a, b) => Number(b['ms/MB']) - Number(a['ms/MB']))
  .slice(0, 5);
console.log(`slowest: ${slowest.map((row) => `${row.family} (${row['MB/s']} MB/s)`).join('; ')}`);
const exempt = families.filter((family) => LARGE_OUTPUT_FAMILIES.has(family.name)).map((family) => family.name);
if (exempt.length > 0)
  console.log(`not held to the floor (every unit is an embed: the output is as large as the input): ${exempt.join('; ')}`);
console.log(
  below === 0
    ? `every family${exempt.length > 0 ? ' not named above' : ''} at ${FLOOR} MB/s of CPU or more`
    : `${below} famil${below === 1 ? 'y' : 'ies'} BELOW ${FLOOR} MB/s of CPU`,
);
