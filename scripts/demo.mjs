// `npm run demo [file]`: extracts the embeds of one article (the bundled example by default) with the
// built package and prints them as JSON, followed by any diagnostics.
import { readFile } from 'node:fs/promises';
import { extractEmbedsWithDiagnostics } from '../dist/index.js';

const file = process.argv[2] ?? new URL('../fixtures/articles/seed-style-article.txt', import.meta.url);
const input = await readFile(file, 'utf8');
const { embeds, diagnostics, format } = extractEmbedsWithDiagnostics(input);

console.log(JSON.stringify(embeds, null, 2));
console.error(`\n${embeds.length} embed(s) found in ${String(file)} (read as ${format}).`);
for (const diagnostic of diagnostics) {
  console.error(`  ${diagnostic.severity} ${diagnostic.code} at ${diagnostic.start}–${diagnostic.end}: ${diagnostic.message}`);
}
