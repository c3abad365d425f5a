// Consistency of the text reader with the HTML reader, per flattener (`npm run consistency`,
// builds first). Runs each flattener of bench/consistency/flatteners.mjs over every HTML fixture
// and every page of the dev HTML corpus, and prints how well the text reader on the flattened page
// agrees with the HTML reader on the page itself (see bench/consistency/harness.mjs).
//
//   node bench/consistency.mjs [--format text] [--verbose] [--json] [--only NAME] [DIR …]
//
// DIRs default to fixtures/html and ../shared/corpus/dev/html (read at run time, never copied).
// `--format text` reads every flattened page as text, even Markdown (the reader before Markdown).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEmbeds } from '../dist/index.js';
import { FLATTENERS } from './consistency/flatteners.mjs';
import { FIELDS, measureConsistency, summarise } from './consistency/harness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const value = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const forced = value('--format');
const only = value('--only');
const dirs = args.filter((arg, index) => !arg.startsWith('--') && !['--format', '--only'].includes(args[index - 1]));
const sources =
  dirs.length > 0 ? dirs.map((dir) => resolve(dir)) : [join(root, 'fixtures/html'), resolve(root, '../shared/corpus/dev/html')];

/** Whether the built reader knows `format: 'markdown'`. */
function knowsMarkdown() {
  try {
    extractEmbeds('', { format: 'markdown' });
    return true;
  } catch {
    return false;
  }
}
const markdown = knowsMarkdown();
const readerFormat = (flattener) => forced ?? (flattener.markdown && markdown ? 'markdown' : 'text');
const flatteners = FLATTENERS.filter((f) => only === undefined || f.name === only);

const fmt = (x) => (x == null ? '  –  ' : x.toFixed(3));
for (const dir of sources) {
  if (!existsSync(dir)) {
    console.log(`${dir}: not found, skipped\n`);
    continue;
  }
  const pages = readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ name: file, html: readFileSync(join(dir, file), 'utf8') }));
  const results = measureConsistency(pages, extractEmbeds, flatteners, readerFormat);
  const summaries = results.map(summarise);
  if (flag('--json')) {
    console.log(JSON.stringify({ dir, summaries }));
    continue;
  }
  console.log(`${dir}: ${pages.length} pages`);
  console.log(`${'flattener (read as)'.padEnd(36)} kept  found   F1    ${FIELDS.map((f) => f.padStart(8)).join('')}`);
  results.forEach((counts, index) => {
    const s = summaries[index];
    const label = `${s.name} (${readerFormat(flatteners[index])})${s.failed ? ` ${s.failed} failed` : ''}`;
    console.log(
      `${label.padEnd(36)} ${String(s.kept).padStart(4)} ${String(s.matched).padStart(4)}+${String(s.falsePositives).padEnd(3)} ${fmt(s.f1)} ${FIELDS.map((f) => fmt(s.fields[f]).padStart(8)).join('')}`,
    );
    if (flag('--verbose'))
      for (const miss of counts.misses)
        console.log(`    ${miss.page} ${miss.field}: want ${JSON.stringify(miss.want)} got ${JSON.stringify(miss.got)}`);
  });
  console.log('');
}
console.log(
  'kept: embeds the flattener kept whole; found: matched + extra records; fields: accuracy over matched pairs (text: exact once whitespace is collapsed).',
);
