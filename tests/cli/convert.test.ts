import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertArticle } from '../../src/index.js';
import { parseJsonl, root, runCli } from './run-built-cli.js';

const seed = 'fixtures/articles/seed-style-article.txt';
const tweetHtml = 'fixtures/html/twitter-blockquote-basic.html';
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

describe('embedsift convert', () => {
  it('json: the converted article and the records, as convertArticle returns them (default --embeds marker)', async () => {
    const { code, stdout } = await runCli(['convert', seed]);
    expect(code).toBe(0);
    const expected = convertArticle(read(seed), { embeds: 'marker' });
    expect(JSON.parse(stdout)).toEqual([
      {
        file: seed,
        format: expected.format,
        embeds: expected.embeds,
        diagnostics: expected.diagnostics,
        output: expected.output,
      },
    ]);
  });

  it('--embeds remove --to md on HTML: Markdown without the embeds', async () => {
    const { code, stdout } = await runCli(['convert', '--embeds', 'remove', '--to', 'md', tweetHtml]);
    expect(code).toBe(0);
    const expected = convertArticle(read(tweetHtml), { embeds: 'remove', output: 'markdown' }).output;
    expect(stdout).toBe(expected.endsWith('\n') ? expected : `${expected}\n`);
    expect(stdout).not.toContain('<blockquote');
  });

  it('--output md with several FILEs: a file comment before each article', async () => {
    const { stdout } = await runCli(['convert', '--to', 'md', seed, tweetHtml]);
    expect(stdout.match(/^<!-- embedsift: file .* -->$/gm)).toEqual([
      `<!-- embedsift: file ${seed} -->`,
      `<!-- embedsift: file ${tweetHtml} -->`,
    ]);
  });

  it('--marker sets the marker text', async () => {
    const { stdout } = await runCli(['convert', '--embeds', 'marker', '--marker', '[[POST]]', '--to', 'md', seed]);
    expect(stdout).toContain('[[POST]]');
    expect(stdout).toBe(
      `${convertArticle(read(seed), { embeds: 'marker', marker: '[[POST]]', output: 'markdown' }).output.replace(/\n?$/, '\n')}`,
    );
  });

  it('--jsonl: one line per input line with "output"', async () => {
    const input = `${JSON.stringify({ id: 's', text: read(seed) })}\n{"id":"bad"}\n${JSON.stringify({ id: 'h', html: read(tweetHtml) })}\n`;
    const { code, stdout } = await runCli(['convert', '--from', 'jsonl', '--embeds', 'keep'], input);
    expect(code).toBe(0);
    const lines = parseJsonl(stdout);
    expect(lines.map((line) => line.id)).toEqual(['s', 'bad', 'h']);
    expect(lines[0]?.output).toBe(convertArticle(read(seed), { embeds: 'keep', format: 'text' }).output);
    expect(lines[1]).toEqual({ id: 'bad', line: 2, error: 'missing field "text" or "html"' });
    expect(lines[2]?.output).toBe(convertArticle(read(tweetHtml), { embeds: 'keep', format: 'html' }).output);
  });
});
