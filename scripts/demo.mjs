// `npm run demo [-- file]`: runs the built command, `embedsift convert --embeds remove`, on one
// article (the bundled example by default): it prints the records and the article with its
// embeds cut out, as one JSON document.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const file = process.argv[2] ?? 'fixtures/articles/seed-style-article.txt';
const args = [fileURLToPath(new URL('../dist/cli.js', import.meta.url)), 'convert', '--embeds', 'remove', file];
console.error(`$ embedsift convert --embeds remove ${file}\n`);
const { status } = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: process.argv[2] === undefined ? root : process.cwd() });
process.exit(status ?? 1);
