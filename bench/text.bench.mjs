// Throughput of extractEmbeds on flattened article text, against a baseline measured in the same
// run: one regex pass that finds every embed marker. Run with `npm run bench` (builds first).
// Prints a table; never fails (targets are marked PASS or BELOW).
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractEmbeds } from '../dist/index.js';
import { MONTHS, WORDS, prng } from './generator-parts.mjs';
import { countMarkers, median, throughput } from './measure.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1024 * 1024;

// --- deterministic corpora -------------------------------------------------------------------

const FIRST = ['Jane', 'Omar', 'Li', 'Maria', 'Tom', 'Aisha', 'Pedro', 'Yuki', 'Sam', 'Ngozi', 'Secretary', 'Mayor'];
const LAST = ['Doe', 'Haddad', 'Wei', 'Garcia', 'Baker', 'Khan', 'Silva', 'Tanaka', 'Okafor', 'Blinken', 'Rivera'];
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function corpusBuilder(seed) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const token = (n, alphabet = ALNUM) => Array.from({ length: n }, () => pick(alphabet)).join('');

  const sentence = () => {
    const words = Array.from({ length: int(8, 24) }, () => pick(WORDS));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    if (rand() < 0.2) words.splice(int(1, words.length - 1), 0, `${pick(FIRST)} ${pick(LAST)},`);
    // Real articles are not ASCII: em-dash asides, curly quotes and apostrophes, accents.
    if (rand() < 0.15) words.splice(int(1, words.length - 1), 0, `— ${pick(WORDS)} ${pick(WORDS)} —`);
    if (rand() < 0.15) words.splice(int(1, words.length - 1), 0, `“${pick(WORDS)} ${pick(WORDS)}”`);
    if (rand() < 0.1) words.splice(int(1, words.length - 1), 0, `${pick(LAST)}’s`, 'café');
    return `${words.join(' ')}${rand() < 0.1 ? '?' : '.'}`;
  };
  const paragraph = () => Array.from({ length: int(2, 6) }, sentence).join(' ');

  const handle = () => token(int(3, 15), `${ALNUM}_`);
  const embed = () => {
    const body = Array.from({ length: int(6, 30) }, () => pick(WORDS));
    const extras = [`@${handle()}`, `#${pick(WORDS)}`, `pic.twitter.com/${token(10)}`, `https://t.co/${token(10)}`];
    for (const extra of extras) if (rand() < 0.6) body.splice(int(0, body.length), 0, extra);
    const date = `${pick(MONTHS)} ${int(1, 28)}, ${int(2012, 2025)}`;
    return `${body.join(' ')}\n\n— ${pick(FIRST)} ${pick(LAST)} (@${handle()}) ${date}`;
  };

  return { paragraph, embed, int };
}

/** ~size bytes of embed-free article text: paragraphs of English-ish sentences. */
function embedFreeCorpus(size, seed) {
  const { paragraph } = corpusBuilder(seed);
  const parts = [];
  let length = 0;
  while (length < size) {
    const p = paragraph();
    parts.push(p);
    length += p.length + 2;
  }
  return { text: parts.join('\n\n'), planted: 0 };
}

/** ~size bytes of article text with a signed tweet embed at least every 3 KB. */
function embedDenseCorpus(size, seed) {
  const { paragraph, embed } = corpusBuilder(seed);
  const parts = [];
  let length = 0;
  let sinceEmbed = 0;
  let planted = 0;
  while (length < size) {
    const p = paragraph();
    if (sinceEmbed + p.length > 2500) {
      const e = embed();
      parts.push(e);
      length += e.length + 2;
      sinceEmbed = 0;
      planted += 1;
    }
    parts.push(p);
    length += p.length + 2;
    sinceEmbed += p.length + 2;
  }
  return { text: parts.join('\n\n'), planted };
}

// --- measurement -------------------------------------------------------------------------------

/** Median wall time of loading the built entry in a fresh node process, in ms. */
function importTime(kind, runs = 5) {
  const entry = join(root, 'dist', kind === 'esm' ? 'index.js' : 'index.cjs');
  const script =
    kind === 'esm'
      ? `const t=performance.now();import(${JSON.stringify(pathToFileURL(entry).href)}).then(()=>console.log(performance.now()-t))`
      : `const t=performance.now();require(${JSON.stringify(entry)});console.log(performance.now()-t)`;
  const times = Array.from({ length: runs }, () =>
    Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim()),
  );
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
