// Throughput of extractEmbeds on Markdown articles (`format: 'markdown'`), against the same
// baseline as text.bench.mjs: one regex pass counting embed markers over the same text. Run with
// `npm run bench` (builds first). Prints a table; never fails. Corpora are generated in memory
// from a seeded PRNG (the same bytes on every run): Markdown prose with links, emphasis and
// headings, with and without turndown-shaped tweet quotes.
import { cpus } from 'node:os';
import { extractEmbeds } from '../dist/index.js';
import { MONTHS, WORDS, prng } from './generator-parts.mjs';
import { countMarkers, throughput } from './measure.mjs';

const MB = 1024 * 1024;
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function corpus(size, seed, quoteEvery) {
  const rand = prng(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const token = (n) => Array.from({ length: n }, () => pick(ALNUM)).join('');
  const sentence = () => {
    const words = Array.from({ length: int(8, 24) }, () => pick(WORDS));
    if (rand() < 0.3) words[int(0, words.length - 1)] = `[${pick(WORDS)} ${pick(WORDS)}](https://news.example/${token(8)})`;
    if (rand() < 0.2) words[int(0, words.length - 1)] = `*${pick(WORDS)}*`;
    return `${words.join(' ')}.`;
  };
  const parts = [];
  let length = 0;
  let planted = 0;
  let sinceQuote = 0;
  while (length < size) {
    let block;
    if (quoteEvery > 0 && sinceQuote >= quoteEvery) {
      const handle = `user_${token(6)}`;
      const year = int(2015, 2024);
      block = `> ${sentence()} [pic.twitter.com/${token(10)}](https://t.co/${token(10)})\n> \n> — ${pick(WORDS)} ${pick(WORDS)} (@${handle}) [${pick(MONTHS)} ${int(1, 28)}, ${year}](https://twitter.com/${handle}/status/${int(1, 9)}${token(17).replace(/\D/g, '1')}?ref_src=twsrc%5Etfw)`;
      planted += 1;
      sinceQuote = 0;
    } else {
      block = rand() < 0.05 ? `## ${sentence()}` : Array.from({ length: int(2, 6) }, sentence).join(' ');
    }
    parts.push(block);
    length += block.length + 2;
    sinceQuote += block.length + 2;
  }
  return { text: parts.join('\n\n').slice(0, size), planted };
}

console.log(`embedsift Markdown benchmark — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores)`);
console.log(
  'baseline: one pass of /\\(@|pic\\.twitter\\.com\\/|t\\.co\\//g counting matches over the same text (info only: no target yet)\n',
);
const rows = [];
for (const { name, size, seed, quoteEvery } of [
  { name: 'embed-free Markdown', size: 5 * MB, seed: 11, quoteEvery: 0 },
  { name: 'Markdown, a tweet quote every ~3 KB', size: 5 * MB, seed: 12, quoteEvery: 3000 },
]) {
  const { text, planted } = corpus(size, seed, quoteEvery);
  const base = throughput(countMarkers, text, 15);
  // One 5 MB text stands for many articles: maxRecords is lifted so that every planted embed is read.
  const ours = throughput((input) => extractEmbeds(input, { format: 'markdown', maxRecords: Infinity }), text, 5);
  rows.push({
    corpus: name,
    'size (MB)': (text.length / MB).toFixed(2),
    'embeds planted': planted,
    'records found': ours.result.length,
    'extractEmbeds (MB/s)': ours.mbPerSecond.toFixed(1),
    'baseline (MB/s)': base.mbPerSecond.toFixed(1),
    ratio: `${(ours.mbPerSecond / base.mbPerSecond).toFixed(3)}×`,
  });
}
console.table(rows);
