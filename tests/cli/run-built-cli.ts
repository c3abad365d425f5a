// Spawns the built command (dist/cli.js), as a user would run it. `npm test` builds first.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The built command. */
export const cliPath = join(root, 'dist', 'cli.js');

/** What a run of the command produced. */
export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js …args` with `input` on stdin (nothing: stdin closed at once).
 *
 * @example
 * const { code, stdout } = await runCli(['extract', '--from', 'jsonl'], '{"id":1,"text":"hi"}\n');
 */
export function runCli(args: string[], input: string | Buffer = '', env: Record<string, string> = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { cwd: root, env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

/**
 * Parses JSONL output into objects, checking every line is a JSON object and the output ends with
 * a newline.
 *
 * @example
 * const lines = parseJsonl('{"id":1}\n'); // [{ id: 1 }]
 */
export function parseJsonl(text: string): Record<string, unknown>[] {
  if (text === '') return [];
  if (!text.endsWith('\n')) throw new Error('output does not end with a newline');
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The invented plain-text articles of fixtures/text, sorted by name. */
export function textFixtures(): { name: string; text: string }[] {
  const folder = join(root, 'fixtures', 'text');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(folder, name), 'utf8') }));
}

/**
 * A JSONL corpus of `count` articles built from the text fixtures (article i glues fixtures
 * i mod n and (7i + 3) mod n), one `{"id": "a<i>", "text": …}` per line.
 *
 * @example
 * const { jsonl, articles } = generatedCorpus(3000);
 */
export function generatedCorpus(count: number): { jsonl: string; articles: { id: string; text: string }[] } {
  const fixtures = textFixtures();
  const articles: { id: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const a = fixtures[i % fixtures.length]?.text ?? '';
    const b = fixtures[(7 * i + 3) % fixtures.length]?.text ?? '';
    articles.push({ id: `a${i + 1}`, text: i % 5 === 0 ? a : `${a}\n\n${b}` });
  }
  return { jsonl: articles.map((article) => `${JSON.stringify(article)}\n`).join(''), articles };
}
