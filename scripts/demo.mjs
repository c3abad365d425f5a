// `npm run demo [-- file]`: runs the built command, `embedsift convert --embeds remove`, on one
// article (the bundled example by default): it prints the records and the article with its
// embeds cut out, as a JSON array of one document.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// npm runs scripts from the package root; a path given on the command line is relative to where
// `npm run demo -- FILE` was typed (INIT_CWD).
const file =
  process.argv[2] === undefined
    ? 'fixtures/articles/seed-style-article.txt'
    : resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2]);
const args = [fileURLToPath(new URL('../dist/cli.js', import.meta.url)), 'convert', '--embeds', 'remove', file];
console.error(`$ embedsift convert --embeds remove ${process.argv[2] ?? file}\n`);
const { status } = spawnSync(process.execPath, args, { stdio: 'inherit', cwd: root });
process.exit(status ?? 1);
