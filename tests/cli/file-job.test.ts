import { describe, expect, it } from 'vitest';
import { fileFrame, runFileJob } from '../../src/cli/file-job.js';
import { optionsOf } from './parsed-options.js';
import { failingInput, runJob } from './run-job.js';

const TWEET_ARTICLE = 'The harbour reopened.\n\nFerry at dawn\n— Port of Eastvale (@EastvalePort) March 5, 2024\n\nCrews worked all night.';

describe('runFileJob', () => {
  it('gives one JSON line per file, in operand order', async () => {
    const run = await runJob(runFileJob, ['extract', '--to', 'jsonl'], { 'a.txt': TWEET_ARTICLE, 'b.txt': 'Nothing embedded here.' });
    const lines = run.output
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; embeds: unknown[] });
    expect(lines.map((line) => [line.file, line.embeds.length])).toEqual([
      ['a.txt', 1],
      ['b.txt', 0],
    ]);
    expect(run.counters).toMatchObject({ items: 2, embeds: 1, errors: 0 });
  });

  it('writes one JSON array for --to json, an empty one when the shard holds no file', async () => {
    const run = await runJob(runFileJob, ['extract', '--to', 'json'], { 'a.txt': TWEET_ARTICLE });
    const array = JSON.parse(run.output) as { platform: string }[];
    expect(Array.isArray(array)).toBe(true);
    const empty = await runJob(runFileJob, ['extract', '--to', 'json', '--shard', '2/2'], { 'a.txt': TWEET_ARTICLE });
    expect(empty.output).toBe('[\n]\n');
    expect(JSON.parse(empty.output)).toEqual([]);
  });

  it('gives an error item for a file that cannot be read, names it, and goes on', async () => {
    const run = await runJob(runFileJob, ['extract', '--to', 'jsonl'], { 'bad.txt': failingInput('Half an arti'), 'b.txt': TWEET_ARTICLE });
    const lines = run.output
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { file: string; error?: string });
    expect(lines[0]?.file).toBe('bad.txt');
    expect(lines[0]?.error).toMatch(/^cannot read: /);
    expect(lines[1]?.error).toBeUndefined();
    expect(run.unread).toHaveLength(1);
    expect(run.unread[0]).toContain('bad.txt');
  });
});

describe('fileFrame', () => {
  it('separates Markdown of several converted files with a comment naming each', () => {
    const frame = fileFrame(optionsOf(['convert', '--to', 'md', 'a.html', 'b.html']));
    expect(frame(0, ['<p>A</p>'], ['a.html'])).toBe('<!-- embedsift: file a.html -->\n<p>A</p>');
    expect(frame(1, ['<p>B</p>'], ['b.html'])).toBe('\n<!-- embedsift: file b.html -->\n<p>B</p>');
    expect(fileFrame(optionsOf(['convert', '--to', 'md', 'a.html']))(0, ['A'], ['a.html'])).toBe('A');
  });

  it('joins JSON pieces with commas for --to json and lines for jsonl', () => {
    const json = fileFrame(optionsOf(['extract', '--to', 'json', 'a.txt', 'b.txt']));
    expect(json(0, ['{"a":1}'], ['a.txt']) + json(1, ['{"b":2}'], ['b.txt'])).toBe('{"a":1},\n{"b":2}');
    const jsonl = fileFrame(optionsOf(['extract', '--to', 'jsonl', 'a.txt']));
    expect(jsonl(0, ['{"a":1}\n'], ['a.txt'])).toBe('{"a":1}\n');
  });
});
