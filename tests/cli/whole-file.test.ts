import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractEmbedsWithDiagnostics } from '../../src/index.js';
import { parseJsonl, root, runCli } from './run-built-cli.js';

const seed = 'fixtures/articles/seed-style-article.txt';
const tweetHtml = 'fixtures/html/twitter-blockquote-basic.html';
const negative = 'fixtures/text/neg-follow-us.txt';
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

describe('embedsift extract, whole-file mode', () => {
  it('one FILE: a JSON array of one document, with the records the library returns (the same shape as for several)', async () => {
    const { code, stdout, stderr } = await runCli(['extract', seed]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const documents = JSON.parse(stdout) as Record<string, unknown>[];
    expect(documents).toHaveLength(1);
    const document = documents[0];
    const expected = extractEmbedsWithDiagnostics(read(seed));
    expect(document).toEqual({ file: seed, format: expected.format, embeds: expected.embeds, diagnostics: expected.diagnostics });
    expect(expected.embeds.length).toBeGreaterThan(0);
  });

  it('stdin when no FILE is given, and for -', async () => {
    const [expected] = JSON.parse((await runCli(['extract', seed])).stdout) as Record<string, unknown>[];
    for (const args of [['extract'], ['extract', '-']]) {
      const { code, stdout } = await runCli(args, read(seed));
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual([{ ...expected, file: '-' }]);
    }
  });

  it('several FILEs: a JSON array in operand order, stdin among them', async () => {
    const { code, stdout } = await runCli(['extract', tweetHtml, '-', negative], read(seed));
    expect(code).toBe(0);
    const documents = JSON.parse(stdout) as { file: string; format: string; embeds: unknown[] }[];
    expect(documents.map((d) => d.file)).toEqual([tweetHtml, '-', negative]);
    expect(documents.map((d) => d.format)).toEqual(['html', 'text', 'text']);
    expect(documents[0]?.embeds).toEqual(extractEmbedsWithDiagnostics(read(tweetHtml)).embeds);
    expect(documents[2]?.embeds).toEqual([]);
  });

  it('--from text reads HTML as text', async () => {
    const { stdout } = await runCli(['extract', '--from', 'text', tweetHtml]);
    expect((JSON.parse(stdout) as { format: string }[])[0]?.format).toBe('text');
  });

  it('--to jsonl: one line per FILE', async () => {
    const { code, stdout } = await runCli(['extract', '--to', 'jsonl', seed, tweetHtml, negative]);
    expect(code).toBe(0);
    expect(parseJsonl(stdout).map((line) => line.file)).toEqual([seed, tweetHtml, negative]);
  });

  it('--to md: a heading per file and one list item per post', async () => {
    const { code, stdout } = await runCli(['extract', '--to', 'md', seed, negative]);
    expect(code).toBe(0);
    const embeds = extractEmbedsWithDiagnostics(read(seed)).embeds;
    expect(stdout).toContain(`## ${seed}\n`);
    expect(stdout).toContain(`## ${negative}\n\nNo embedded posts.`);
    expect(stdout.match(/^- /gm)?.length).toBe(embeds.length);
    for (const embed of embeds) if (embed.author.handle) expect(stdout).toContain(`(@${embed.author.handle})`);
  });

  it('--to md escapes post text and names, so they cannot become markup', async () => {
    const input =
      'Big *news* <img src=x onerror=alert(1)> [here](javascript:x) pic.twitter.com/AbCdEf1234 — Jane *Roe* (@jane_roe) May 1, 2024';
    const { code, stdout } = await runCli(['extract', '--from', 'text', '--to', 'md', '-'], input);
    expect(code).toBe(0);
    expect(stdout).toContain('Jane \\*Roe\\* (@jane_roe)');
    expect(stdout).toContain('Big \\*news\\* \\<img');
    expect(stdout).toContain('\\[here\\]');
    expect(stdout).not.toMatch(/(^|[^\\])<img/);
  });

  it('--shard k/n takes every n-th FILE (1-based)', async () => {
    const files = [seed, tweetHtml, negative, 'fixtures/text/lang-de.txt', 'fixtures/text/lang-fr.txt'];
    const first = JSON.parse((await runCli(['extract', '--shard', '1/2', ...files])).stdout) as { file: string }[];
    const second = JSON.parse((await runCli(['extract', '--shard', '2/2', ...files])).stdout) as { file: string }[];
    expect(first.map((d) => d.file)).toEqual([files[0], files[2], files[4]]);
    expect(second.map((d) => d.file)).toEqual([files[1], files[3]]);
  });

  it('--workers 0 parses in the main thread with the same output', async () => {
    const threaded = await runCli(['extract', seed, tweetHtml]);
    const inline = await runCli(['extract', '--workers', '0', seed, tweetHtml]);
    expect(inline.code).toBe(0);
    expect(inline.stdout).toBe(threaded.stdout);
  });
});
