// The per-article limits, end to end through the built command: the F5 shape (one post of
// `a.co a.co …` signed at the end) at a small size, with small limits.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArguments } from '../../src/cli/parse-arguments.js';
import { parseJsonl, runCli } from './run-built-cli.js';

const linkPost = (words: number): string => `${'a.co '.repeat(words)}— Port Desk (@portdesk) May 1, 2024`;
const posts = (count: number): string =>
  Array.from({ length: count }, (_, n) => `Ferry ${n} leaves pic.twitter.com/ferry${n} — Port Desk (@portdesk) May 1, 2024`).join('\n\n');
const clean = { id: 'clean', text: 'Met with the mayor. pic.twitter.com/EQsKUijoL0 — Port Desk (@portdesk) May 1, 2024' };

type Diagnostics = { code: string; message: string }[];
type Embeds = { links: unknown[]; text: string }[];

let folder = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'embedsift-limits-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('per-article limits in the CLI', () => {
  it('has the library defaults, and reads the flags', () => {
    const parsed = parseArguments([
      'extract',
      '--max-records',
      '7',
      '--max-links',
      '0',
      '--max-text-length',
      '50',
      '--max-file-bytes',
      '2K',
    ]);
    expect(parsed.kind === 'run' && parsed.options).toMatchObject({ maxRecords: 7, maxLinks: 0, maxTextLength: 50, maxFileBytes: 2048 });
    const defaults = parseArguments(['extract']);
    expect(defaults.kind === 'run' && defaults.options).toMatchObject({
      maxRecords: 1000,
      maxLinks: 100,
      maxTextLength: 100_000,
      maxFileBytes: 16 * 1024 * 1024,
    });
  });

  it.each([['1'], ['0']])(
    'cuts links, text and records with a truncated diagnostic; the lines around stay whole (--workers %s)',
    async (workers) => {
      const input = [clean, { id: 'links', text: linkPost(20_000) }, { id: 'many', text: posts(9) }, clean]
        .map((line) => JSON.stringify(line))
        .join('\n');
      const args = [
        'extract',
        '--from',
        'jsonl',
        '--workers',
        workers,
        '--max-links',
        '3',
        '--max-text-length',
        '40',
        '--max-records',
        '4',
      ];
      const { code, stdout } = await runCli(args, `${input}\n`);
      expect(code).toBe(0);
      const lines = parseJsonl(stdout);
      expect(lines.map((line) => line.id)).toEqual(['clean', 'links', 'many', 'clean']);
      expect(lines[0]).toEqual(lines[3]);
      expect((lines[0]?.embeds as Embeds)[0]?.links).toHaveLength(1);

      const cutPost = (lines[1]?.embeds as Embeds)[0];
      expect(cutPost?.links).toHaveLength(3);
      expect(cutPost?.text.length).toBeLessThanOrEqual(40);
      const messages = (lines[1]?.diagnostics as Diagnostics).map((diagnostic) => `${diagnostic.code}: ${diagnostic.message}`);
      expect(messages).toEqual([
        expect.stringMatching(/^truncated: .*maxTextLength/),
        expect.stringMatching(/^truncated: .*holds 8 links.*maxLinks/),
      ]);

      expect(lines[2]?.embeds).toHaveLength(4);
      expect((lines[2]?.diagnostics as Diagnostics).find((diagnostic) => diagnostic.code === 'truncated')?.message).toMatch(
        /more than 4 records/,
      );
    },
  );

  it('convert applies the same limits', async () => {
    const { stdout } = await runCli(
      ['convert', '--from', 'jsonl', '--max-records', '2', '--embeds', 'remove'],
      `${JSON.stringify({ id: 1, text: posts(5) })}\n`,
    );
    const [line] = parseJsonl(stdout);
    expect(line?.embeds).toHaveLength(2);
    expect(line?.output).toContain('pic.twitter.com/ferry4');
    expect(line?.output).not.toContain('pic.twitter.com/ferry0');
  });

  it('a file longer than --max-file-bytes gets an error that names it; the other files are read', async () => {
    const big = join(folder, 'big.txt');
    const small = join(folder, 'small.txt');
    writeFileSync(big, linkPost(2000));
    writeFileSync(small, clean.text);
    const { code, stdout } = await runCli(['extract', '--to', 'jsonl', '--max-file-bytes', '4K', big, small]);
    expect(code).toBe(0);
    const [first, second] = parseJsonl(stdout);
    expect(first).toEqual({ file: big, error: 'file longer than --max-file-bytes (4096 bytes); not read' });
    expect(second?.file).toBe(small);
    expect(second?.embeds).toHaveLength(1);
    expect((await runCli(['extract', '--to', 'jsonl', '--max-file-bytes', '4K', '--strict', big])).code).toBe(1);
  });
});
