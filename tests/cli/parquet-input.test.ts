// Parquet input: recognising a table, and sharding several tables (one of them broken) by row group.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { looksLikeParquet } from '../../src/cli/parquet-input.js';
import { peers, writeTable } from './parquet-tables.js';
import { parseJsonl, runCli } from './run-built-cli.js';

const work = mkdtempSync(join(tmpdir(), 'embedsift-parquet-in-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('looksLikeParquet', () => {
  it('by the PAR1 magic, or by the .parquet name', () => {
    expect(looksLikeParquet(Buffer.from('PAR1\x15\x04\x15'), 'part-00000')).toBe(true);
    expect(looksLikeParquet(Buffer.from('garbage'), 'cut.PARQUET')).toBe(true);
    expect(looksLikeParquet(Buffer.from('PAR'), 'short.bin')).toBe(false);
    expect(looksLikeParquet(Buffer.from('<!doctype html><p>PAR1</p>'), 'page.html')).toBe(false);
    expect(looksLikeParquet(Buffer.from('WARC/1.1\r\n'), 'crawl.warc')).toBe(false);
  });
});

describe.skipIf(peers === null)('--shard over several Parquet files', () => {
  it('row groups are numbered across the files; every row is in exactly one shard, and a broken file is reported by one shard only', async () => {
    const first = join(work, 'first.parquet');
    const second = join(work, 'second.parquet');
    const broken = join(work, 'broken.parquet');
    const texts = (prefix: string, count: number): string[] => Array.from({ length: count }, (_, i) => `${prefix} ${i}: no posts here.`);
    writeTable(first, [{ name: 'text', data: texts('first', 7), type: 'STRING' }], 3); // groups 1, 2, 3 (3 + 3 + 1 rows)
    writeFileSync(broken, 'PAR1 cut short');
    writeTable(second, [{ name: 'text', data: texts('second', 4), type: 'STRING' }], 2); // groups 4, 5
    const seen: string[] = [];
    const brokenLines: number[] = [];
    const codes: (number | null)[] = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const { code, stdout } = await runCli(['extract', '--shard', shard, first, broken, second]);
      codes.push(code);
      const lines = parseJsonl(stdout);
      brokenLines.push(lines.filter((line) => line.file === broken).length);
      for (const line of lines) if (line.file !== broken) seen.push(`${line.file === first ? 'first' : 'second'}:${line.row}`);
      if (shard === '1/3') expect(lines.map((line) => line.row)).toEqual([0, 1, 2, null, 0, 1]); // group 1, the broken file, group 4
      if (shard === '3/3') expect(lines.map((line) => line.row)).toEqual([6]); // group 3
    }
    expect(seen.sort()).toEqual(
      [...Array.from({ length: 7 }, (_, i) => `first:${i}`), ...Array.from({ length: 4 }, (_, i) => `second:${i}`)].sort(),
    );
    // The broken file comes after group 3: the shard of group 4 (shard 1) reports it, and exits 3.
    expect(brokenLines).toEqual([1, 0, 0]);
    expect(codes).toEqual([3, 0, 0]);
  });
});
