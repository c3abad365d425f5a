// The command line's conventions (issue 16): --from / --to / -o FILE as pandoc has them, one
// output shape per mode, and the deprecated flags that keep working one release.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArguments } from '../../src/cli/parse-arguments.js';
import { parseJsonl, runCli } from './run-built-cli.js';

const seed = 'fixtures/articles/seed-style-article.txt';
const tweetHtml = 'fixtures/html/twitter-blockquote-basic.html';
const work = mkdtempSync(join(tmpdir(), 'embedsift-conventions-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const jsonl = [
  JSON.stringify({ id: 'a', text: 'Look. pic.twitter.com/AbCdEf1234 — Jane Roe (@janeroe) May 1, 2024' }),
  JSON.stringify({ id: 'b', text: 'Nothing embedded here.' }),
].join('\n');

function runOf(argv: string[]) {
  const parsed = parseArguments(argv, {});
  if (parsed.kind !== 'run') throw new Error('not a run');
  return parsed;
}

describe('-o FILE', () => {
  it('writes the output to FILE, stdout stays empty, the bytes are those stdout would get', async () => {
    const out = join(work, 'embeds.jsonl');
    const toFile = await runCli(['extract', '--from', 'jsonl', '-o', out], jsonl);
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(toFile.stderr).toBe('');
    const toStdout = await runCli(['extract', '--from', 'jsonl'], jsonl);
    expect(readFileSync(out, 'utf8')).toBe(toStdout.stdout);
    expect(parseJsonl(toStdout.stdout).map((line) => line.id)).toEqual(['a', 'b']);
  });

  it('--output FILE is the long form; -o - is stdout; an existing FILE is replaced', async () => {
    const out = join(work, 'replaced.json');
    writeFileSync(out, 'old content that is longer than what comes next, to show truncation'.repeat(100));
    expect((await runCli(['extract', '--output', out, seed])).code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as { file: string }[];
    expect(written.map((d) => d.file)).toEqual([seed]);
    const dash = await runCli(['extract', '-o', '-', seed]);
    expect(JSON.parse(dash.stdout)).toEqual(written);
  });

  it('a FILE that cannot be created: exit 4, the message names it, nothing read', async () => {
    const out = join(work, 'no-such-folder', 'x.jsonl');
    const { code, stdout, stderr } = await runCli(['extract', '--from', 'jsonl', '-o', out], jsonl);
    expect(code).toBe(4);
    expect(stdout).toBe('');
    expect(stderr).toContain(`embedsift: cannot write to ${out}: ENOENT`);
  });

  it.skipIf(process.platform !== 'linux')(
    'a FILE on a full disk (/dev/full): exit 4, the message names it and the last whole line',
    async () => {
      const { code, stderr } = await runCli(['extract', '--from', 'jsonl', '-o', '/dev/full'], jsonl);
      expect(code).toBe(4);
      expect(stderr).toMatch(/cannot write to \/dev\/full: ENOSPC.*the output is whole up to line 0/);
    },
  );
});

describe('--from and --to', () => {
  it('-f and -t are the short forms; --to markdown is md', async () => {
    const long = await runCli(['convert', '--from', 'text', '--to', 'md', seed]);
    const short = await runCli(['convert', '-f', 'text', '-t', 'markdown', seed]);
    expect(long.code).toBe(0);
    expect(short.stdout).toBe(long.stdout);
    expect(long.stdout.startsWith('[')).toBe(false);
  });

  it('--from html forces HTML, --from markdown reads Markdown', async () => {
    const [html] = JSON.parse((await runCli(['extract', '--from', 'html', seed])).stdout) as { format: string }[];
    expect(html?.format).toBe('html');
    const md = join(work, 'post.md');
    writeFileSync(
      md,
      '# A story\n\nShe wrote:\n\n> Look at this pic.twitter.com/AbCdEf1234\n> — Jane Roe (@janeroe) [May 1, 2024](https://twitter.com/janeroe/status/1785700000000000000)\n',
    );
    const [read] = JSON.parse((await runCli(['extract', '--from', 'markdown', md])).stdout) as { format: string }[];
    expect(read?.format).toBe('markdown');
  });
});

describe('one output shape per mode, however many inputs', () => {
  it('--to json: an array for one FILE, for several, and for none (a shard with no FILE)', async () => {
    const one = JSON.parse((await runCli(['extract', '--to', 'json', seed])).stdout) as unknown[];
    const two = JSON.parse((await runCli(['extract', '--to', 'json', seed, tweetHtml])).stdout) as unknown[];
    expect(one).toHaveLength(1);
    expect(two).toHaveLength(2);
    expect(two[0]).toEqual(one[0]);
    const none = await runCli(['extract', '--shard', '2/2', seed]);
    expect(none.code).toBe(0);
    expect(none.stdout).toBe('[\n]\n');
    expect(JSON.parse(none.stdout)).toEqual([]);
  });

  it('--to jsonl: one line per FILE, one FILE or several', async () => {
    expect(parseJsonl((await runCli(['extract', '--to', 'jsonl', seed])).stdout)).toHaveLength(1);
    expect(parseJsonl((await runCli(['extract', '--to', 'jsonl', seed, tweetHtml])).stdout)).toHaveLength(2);
  });
});

describe('deprecated flags keep working this release, with a message on stderr', () => {
  it('--jsonl: the same output as --from jsonl', async () => {
    const old = await runCli(['extract', '--jsonl'], jsonl);
    const now = await runCli(['extract', '--from', 'jsonl'], jsonl);
    expect(old.code).toBe(0);
    expect(old.stdout).toBe(now.stdout);
    expect(old.stderr).toBe('embedsift: --jsonl is deprecated and will be removed in the next release; use --from jsonl\n');
    expect(now.stderr).toBe('');
  });

  it('-o json with one FILE: the old shape (one object), and a message naming --to', async () => {
    const old = await runCli(['extract', '-o', 'json', seed]);
    const [now] = JSON.parse((await runCli(['extract', '--to', 'json', seed])).stdout) as unknown[];
    expect(old.code).toBe(0);
    expect(JSON.parse(old.stdout)).toEqual(now);
    expect(old.stderr).toContain('-o json (a format) is deprecated');
    expect(old.stderr).toContain('use --to json; -o now names the output FILE');
  });

  it('--output jsonl and -o md are read as --to, with the message', async () => {
    const old = await runCli(['extract', '--output', 'jsonl', seed, tweetHtml]);
    expect(old.stdout).toBe((await runCli(['extract', '--to', 'jsonl', seed, tweetHtml])).stdout);
    expect(old.stderr).toContain('use --to jsonl');
    const md = await runCli(['convert', '-o', 'md', seed]);
    expect(md.stdout).toBe((await runCli(['convert', '--to', 'md', seed])).stdout);
  });

  it('--format text on whole files: the same as --from text', async () => {
    const old = await runCli(['extract', '--format', 'text', tweetHtml]);
    expect(old.stdout).toBe((await runCli(['extract', '--from', 'text', tweetHtml])).stdout);
    expect(old.stderr).toContain('--format text is deprecated and will be removed in the next release; use --from text');
  });

  it('--format with --from jsonl picks the field, as before, and is not deprecated there', () => {
    const parsed = runOf(['extract', '--from', 'jsonl', '--format', 'html']);
    expect(parsed.options.format).toBe('html');
    expect(parsed.notices).toEqual([]);
  });

  it('--timeout DURATION and --cache-timeout DURATION: read as --timeout-ms / --cache-timeout-ms', () => {
    const old = runOf(['extract', '--expand', '--timeout', '2.5s', '--cache-timeout', '200ms']);
    const now = runOf(['extract', '--expand', '--timeout-ms', '2500', '--cache-timeout-ms', '200']);
    expect(old.options.expand).toEqual(now.options.expand);
    expect(now.options.expand?.timeout).toBe(2500);
    expect(now.options.expand?.cacheTimeout).toBe(200);
    expect(old.notices).toEqual([
      '--timeout 2.5s is deprecated and will be removed in the next release; use --timeout-ms 2500',
      '--cache-timeout 200ms is deprecated and will be removed in the next release; use --cache-timeout-ms 200',
    ]);
    expect(now.notices).toEqual([]);
  });
});
