// Throughput of extractEmbeds on flattened article text, against a baseline measured in the same
// run: one regex pass that finds every embed marker. Run with `npm run bench` (builds first).
// Prints a table; never fails (targets are marked PASS or BELOW).
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractEmbeds } from '../dist/index.js';
import { countMarkers, median, throughput } from './measure.mjs';
import { embedDenseCorpus, embedFreeCorpus } from './text-corpora.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;

// --- measurement -------------------------------------------------------------------------------

/** Median wall time of loading the built entry in a fresh node process, in ms. */
function importTime(kind, runs = 5) {
  const entry = join(root, 'dist', kind === 'esm' ? 'index.js' : 'index.cjs');
  const script =
    kind === 'esm'
      ? `const t=performance.now();import(${JSON.stringify(pathToFileURL(entry).href)}).then(()=>console.log(performance.now()-t))`
      : `const t=performance.now();require(${JSON.stringify(entry)});console.log(performance.now()-t)`;
  const times = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim()));
  return median(times);
}

// --- run ---------------------------------------------------------------------------------------

const corpora = [
  { name: 'embed-free', ...embedFreeCorpus(5 * MB, 1), target: 0.5, iterations: 7 },
  { name: 'embed-dense', ...embedDenseCorpus(5 * MB, 2), target: 0.1, iterations: 5 },
];

console.log(`embedsift text benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores)`);
console.log('baseline: one pass of /\\(@|pic\\.twitter\\.com\\/|t\\.co\\//g counting matches over the same text\n');

const rows = [];
for (const corpus of corpora) {
  const base = throughput(countMarkers, corpus.text, 15);
  // One 5 MB text stands for many articles: maxRecords is lifted so that every planted embed is read.
  const ours = throughput((text) => extractEmbeds(text, { format: 'text', maxRecords: Infinity }), corpus.text, corpus.iterations);
  const ratio = ours.mbPerSecond / base.mbPerSecond;
  rows.push({
    corpus: corpus.name,
    'size (MB)': (corpus.text.length / MB).toFixed(2),
    'embeds planted': corpus.planted,
    'records found': ours.result.length,
    'extractEmbeds (MB/s)': ours.mbPerSecond.toFixed(1),
    'baseline (MB/s)': base.mbPerSecond.toFixed(1),
    ratio: `${ratio.toFixed(3)}×`,
    target: `≥ ${corpus.target}×`,
    status: ratio >= corpus.target ? 'PASS' : 'BELOW',
  });
}
console.table(rows);

console.log('\nimport time of the built entry in a fresh node process (median of 5, info only):');
console.log(`  ESM import dist/index.js:   ${importTime('esm').toFixed(1)} ms`);
console.log(`  CJS require dist/index.cjs: ${importTime('cjs').toFixed(1)} ms`);
