// embedsift against what users would pick instead, in one run on one machine: browser bundle sizes
// (esbuild, gzip -9), start-up (import in fresh processes) against cheerio, and CPU time against
// twitter-text (a devDependency of this benchmark only) on the same texts. Run with `npm run bench`
// (builds first) or `node bench/peers.bench.mjs` after a build. Prints tables; never fails (targets
// are marked PASS or MISS). tests/package/bundle-size.test.ts enforces the bundle limits.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import twitter from 'twitter-text';
import { extractEmbeds, extractEntities } from '../dist/index.js';
import { BUNDLE_CASES, PEER_BUNDLES, bundleSize } from './bundle-size.mjs';
import { median } from './measure.mjs';
import { embedDenseCorpus, embedFreeCorpus } from './text-corpora.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;
const MB = 1024 * 1024;
const ROUNDS = 7;

console.log(
  `embedsift peer benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores), ` +
    `load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}\n`,
);

// --- bundle sizes ------------------------------------------------------------------------------

const bundleRows = [];
for (const use of BUNDLE_CASES) {
  const size = await bundleSize(use.code, root);
  bundleRows.push({
    use: use.name,
    'minified (KB)': (size.minified / KB).toFixed(1),
    'gzip -9 (KB)': (size.gzipped / KB).toFixed(1),
    limit: `≤ ${use.limitKb} KB`,
    status: size.gzipped <= use.limitKb * KB ? 'PASS' : 'MISS',
    'largest parts (minified KB)': size.parts
      .slice(0, 4)
      .map(([name, bytes]) => `${name.replace(/^dist\//, '')} ${(bytes / KB).toFixed(0)}`)
      .join(', '),
  });
}
for (const peer of PEER_BUNDLES) {
  const size = await bundleSize(peer.code, root);
  bundleRows.push({
    use: `peer: ${peer.name}`,
    'minified (KB)': (size.minified / KB).toFixed(1),
    'gzip -9 (KB)': (size.gzipped / KB).toFixed(1),
    limit: '',
    status: '',
    'largest parts (minified KB)': '',
  });
}
console.log('browser bundle (esbuild --bundle --minify --platform=browser, gzip -9):');
console.table(bundleRows);

// --- start-up ----------------------------------------------------------------------------------

/** Wall time of importing `specifier` in a fresh node process, in ms. */
function importTime(specifier) {
  const script = `const t=performance.now();import(${JSON.stringify(specifier)}).then(()=>console.log(performance.now()-t))`;
  return Number(execFileSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8' }).trim());
}

const starts = { embedsift: [], cheerio: [], 'twitter-text': [] };
const specifiers = {
  embedsift: pathToFileURL(join(root, 'dist', 'index.js')).href,
  cheerio: import.meta.resolve('cheerio'),
  'twitter-text': import.meta.resolve('twitter-text'),
};
for (let round = 0; round < ROUNDS; round++) {
  for (const name of Object.keys(starts)) starts[name].push(importTime(specifiers[name]));
}
const startMs = Object.fromEntries(Object.entries(starts).map(([name, times]) => [name, median(times)]));
const startRatio = startMs.embedsift / startMs.cheerio;
console.log(`\nstart-up: import() in a fresh process, median of ${ROUNDS} (interleaved):`);
console.table([
  {
    'embedsift (ms)': startMs.embedsift.toFixed(1),
    'cheerio (ms)': startMs.cheerio.toFixed(1),
    'twitter-text (ms)': startMs['twitter-text'].toFixed(1),
    'embedsift ÷ cheerio': `${startRatio.toFixed(2)}×`,
    target: '≤ 0.5×',
    status: startRatio <= 0.5 ? 'PASS' : 'MISS',
  },
]);

// --- speed against twitter-text ----------------------------------------------------------------

/** Splits a corpus into articles of about `size` characters, at paragraph breaks. */
function articlesOf(text, size) {
  const paragraphs = text.split('\n\n');
  const articles = [];
  let current = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    current.push(paragraph);
    length += paragraph.length + 2;
    if (length >= size) {
      articles.push(current.join('\n\n'));
      current = [];
      length = 0;
    }
  }
  if (current.length > 0) articles.push(current.join('\n\n'));
  return articles;
}

/** CPU ms (user + system) of one run of fn over every text. */
function cpuTime(fn, texts) {
  const before = process.cpuUsage();
  for (const text of texts) fn(text);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Rounds each side runs untimed first: the JIT takes a few to settle on a few hundred calls. */
const WARM_UP_ROUNDS = 3;

/** Median CPU time of ours and the peer's, in interleaved rounds after a warm-up of each. */
function race(ours, peer, texts) {
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    cpuTime(ours, texts);
    cpuTime(peer, texts);
  }
  const oursMs = [];
  const peerMs = [];
  for (let round = 0; round < ROUNDS; round++) {
    oursMs.push(cpuTime(ours, texts));
    peerMs.push(cpuTime(peer, texts));
  }
  return { ours: median(oursMs), peer: median(peerMs) };
}

/** twitter-text's entities as ours are shaped: value, start, end per kind, overlaps resolved. */
function peerEntities(text) {
  const out = { mentions: [], hashtags: [], cashtags: [], urls: [] };
  for (const entity of twitter.extractEntitiesWithIndices(text)) {
    const [start, end] = entity.indices;
    if (entity.url !== undefined) out.urls.push({ value: entity.url, start, end });
    else if (entity.hashtag !== undefined) out.hashtags.push({ value: entity.hashtag, start, end });
    else if (entity.cashtag !== undefined) out.cashtags.push({ value: entity.cashtag, start, end });
    else if (entity.listSlug === '') out.mentions.push({ value: entity.screenName, start, end });
  }
  return out;
}

/** How many texts give different entities (and how many entities were found in all). */
function compareOutputs(texts) {
  let differing = 0;
  let found = 0;
  for (const text of texts) {
    const ours = extractEntities(text);
    found += ours.mentions.length + ours.hashtags.length + ours.cashtags.length + ours.urls.length;
    if (JSON.stringify(ours) !== JSON.stringify(peerEntities(text))) differing += 1;
  }
  return { differing, found };
}

const prose = articlesOf(embedFreeCorpus(5 * MB, 1).text, 4 * KB);
const dense = articlesOf(embedDenseCorpus(5 * MB, 2).text, 4 * KB);
const seed = readFileSync(join(root, 'fixtures', 'articles', 'seed-style-article.txt'), 'utf8');
const seeds = Array.from({ length: 400 }, () => seed);

const peerCall = (text) => twitter.extractEntitiesWithIndices(text);
const entities = (text) => extractEntities(text);
const embeds = (text) => extractEmbeds(text, { format: 'text' });
/** What each row runs against twitter-text, on which texts, with which target, and its output check. */
const races = [
  { work: 'extractEntities: news prose (5 MB, ~4 KB articles)', texts: prose, ours: entities, target: 1.2, output: entityOutput },
  { work: 'extractEntities: prose with embeds (5 MB, ~4 KB articles)', texts: dense, ours: entities, target: null, output: entityOutput },
  { work: 'extractEmbeds (text): seed article ×400, one call each', texts: seeds, ours: embeds, target: 1.5, output: recordCount },
  { work: 'extractEmbeds (text): embed-dense text (5 MB, ~4 KB articles)', texts: dense, ours: embeds, target: 1.5, output: recordCount },
];

function entityOutput(texts) {
  const { differing, found } = compareOutputs(texts);
  return differing === 0 ? `same (${found} entities)` : `${differing} of ${texts.length} texts differ`;
}

function recordCount(texts) {
  return `${texts.reduce((sum, text) => sum + embeds(text).length, 0)} records`;
}

const speedRows = races.map(({ work, texts, ours, target, output }) => {
  const times = race(ours, peerCall, texts);
  const speed = times.peer / times.ours;
  return {
    work,
    'embedsift (ms)': times.ours.toFixed(0),
    'twitter-text (ms)': times.peer.toFixed(0),
    speed: `${speed.toFixed(2)}×`,
    target: target === null ? '' : `≥ ${target}×`,
    status: target === null ? '' : speed >= target ? 'PASS' : 'MISS',
    output: output(texts),
  };
});
console.log(
  `\nCPU time against twitter-text's extractEntitiesWithIndices on the same texts, median of ${ROUNDS} interleaved rounds after ${WARM_UP_ROUNDS} untimed (speed = its time ÷ ours):`,
);
console.table(speedRows);
