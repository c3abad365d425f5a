// Splitting a corpus into queue jobs (no Redis): JSONL ranges hold whole lines, cover every byte
// once, and carry the corpus's line numbers; WARC files are jobs of their own.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { planJobs } from '../../../src/cli/queue/plan-jobs.js';
import { parseQueueArguments } from '../../../src/cli/queue/queue-arguments.js';
import { jobIdOf } from '../../../src/cli/queue/queue-job.js';
import { isUsageError } from '../../../src/cli/usage-error.js';
import { peers, writeTable } from '../parquet-tables.js';
import { httpResponse, warcFile } from '../warc-writer.js';

const directory = mkdtempSync(join(tmpdir(), 'embedsift-plan-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(directory, name);
  writeFileSync(path, content);
  return path;
}

async function plan(argv: string[]) {
  const parsed = parseQueueArguments(['enqueue', ...argv, '--queue', 'redis://127.0.0.1:1']);
  if (parsed.command !== 'enqueue') throw new Error(parsed.command);
  return planJobs(parsed.options, {
    command: parsed.options.command,
    args: parsed.args,
    batchLines: parsed.batchLines,
    batchRows: parsed.batchRows,
    batchFiles: parsed.batchFiles,
  });
}

describe('planJobs', () => {
  it('JSONL: ranges of whole lines that cover each file once, numbered across files (a last line without a newline counts)', async () => {
    const lines = Array.from({ length: 11 }, (_, i) => JSON.stringify({ id: `n${i + 1}`, text: 'é'.repeat(i) }));
    const a = write('a.jsonl', `${lines.slice(0, 7).join('\n')}\n`);
    const b = write('b.jsonl', lines.slice(7).join('\n'));
    const jobs = await plan(['extract', '--from', 'jsonl', '--batch-lines', '3', a, b]);
    const ranges = jobs.map((job) => (job.input.kind === 'lines' ? job.input : null));
    expect(ranges.map((range) => [range?.file === a ? 'a' : 'b', range?.firstLine])).toEqual([
      ['a', 1],
      ['a', 4],
      ['a', 7],
      ['b', 8],
      ['b', 11],
    ]);
    const text = (file: string) => readFileSync(file);
    const pieces = ranges.map((range) => (range === null ? '' : text(range.file).subarray(range.start, range.end).toString('utf8')));
    expect(pieces.join('')).toBe(`${lines.slice(0, 7).join('\n')}\n${lines.slice(7).join('\n')}`);
    for (const piece of pieces.slice(0, 2)) expect(piece.split('\n')).toHaveLength(4);
    expect(jobs.every((job) => job.command === 'extract' && job.args.join(' ') === '--from jsonl')).toBe(true);
  });

  it('an empty JSONL file gives no job; the job ids are numbered and stable', async () => {
    const empty = write('empty.jsonl', '');
    const one = write('one.jsonl', '{"id":1,"text":"x"}\n');
    const jobs = await plan(['extract', '--from', 'jsonl', empty, one]);
    expect(jobs).toHaveLength(1);
    const [job] = jobs;
    if (job === undefined) throw new Error('no job');
    expect(jobIdOf(0, job)).toMatch(/^000001-[0-9a-f]{8}$/);
    expect(jobIdOf(0, job)).toBe(jobIdOf(0, structuredClone(job)));
    expect(jobIdOf(0, { ...job, args: ['--from', 'jsonl', '--strict'] })).not.toBe(jobIdOf(0, job));
  });

  it('whole files: runs of --batch-files, written as JSONL; a WARC file (recognised by content) is a job of its own', async () => {
    const pages = ['p1.html', 'p2.html', 'p3.html'].map((name) => write(name, '<p>An article.</p>'));
    const warc = write(
      'crawl.bin',
      warcFile(
        [{ type: 'response', uri: 'https://news.example/a', block: httpResponse({ 'Content-Type': 'text/html' }, '<p>x</p>') }],
        true,
      ),
    );
    const jobs = await plan(['extract', '--batch-files', '2', pages[0] ?? '', pages[1] ?? '', warc, pages[2] ?? '']);
    expect(jobs.map((job) => job.input)).toEqual([
      { kind: 'files', files: [pages[0], pages[1]] },
      { kind: 'warc', file: warc },
      { kind: 'files', files: [pages[2]] },
    ]);
    expect(jobs[0]?.args).toEqual(['--to', 'jsonl']);
    expect(jobs[1]?.args).toEqual(['--from', 'warc', '--to', 'jsonl']);
  });

  it.skipIf(peers === null)(
    'Parquet: whole row groups up to --batch-rows, a larger group cut evenly, ranges covering every row once',
    async () => {
      const rows = 23;
      const table = write('articles.parquet', '');
      writeTable(
        table,
        [
          { name: 'id', data: Array.from({ length: rows }, (_, i) => `r${i}`), type: 'STRING' },
          { name: 'text', data: Array.from({ length: rows }, (_, i) => `Story ${i}.`), type: 'STRING' },
        ],
        [3, 3, 3, 12, 2],
      );
      const jobs = await plan(['extract', '--from', 'parquet', '--id-field', 'id', '--batch-rows', '5', table]);
      const ranges = jobs.map((job) => (job.input.kind === 'rows' ? [job.input.rowStart, job.input.rowEnd] : job.input.kind));
      expect(ranges).toEqual([
        [0, 3],
        [3, 6],
        [6, 9],
        [9, 13],
        [13, 17],
        [17, 21],
        [21, 23],
      ]);
      expect(jobs.every((job) => job.input.kind === 'rows' && job.input.file === table)).toBe(true);
      expect(jobs[0]?.args).toEqual(['--from', 'parquet', '--id-field', 'id']);

      // Small groups go together up to --batch-rows; with --from auto a Parquet file is found by content and cut the same way.
      const small = write('small.bin', '');
      writeTable(small, [{ name: 'text', data: ['a', 'b', 'c', 'd', 'e', 'f'], type: 'STRING' }], 2);
      const page = write('page.html', '<p>An article.</p>');
      const auto = await plan(['extract', '--batch-rows', '5', page, small]);
      expect(auto.map((job) => job.input)).toEqual([
        { kind: 'files', files: [page] },
        { kind: 'rows', file: small, rowStart: 0, rowEnd: 4 },
        { kind: 'rows', file: small, rowStart: 4, rowEnd: 6 },
      ]);
      expect(auto[1]?.args).toEqual(['--from', 'parquet', '--to', 'jsonl']);
    },
  );

  it.skipIf(peers === null)('a Parquet input whose footer cannot be read is a usage error, and nothing is planned', async () => {
    const broken = write('broken.parquet', 'PAR1 not really a table');
    const error = await plan(['extract', '--from', 'parquet', broken]).catch((thrown: unknown) => thrown);
    expect(isUsageError(error)).toBe(true);
    expect((error as Error).message).toMatch(/broken\.parquet is not a readable Parquet file .*nothing was queued/);
  });

  it('an input that is missing or not a file is a usage error, and nothing is planned', async () => {
    const good = write('good.jsonl', '{}\n');
    for (const bad of [join(directory, 'gone.jsonl'), directory]) {
      const error = await plan(['extract', '--from', 'jsonl', good, bad]).catch((thrown: unknown) => thrown);
      expect(isUsageError(error)).toBe(true);
      expect((error as Error).message).toMatch(/nothing was queued/);
    }
  });
});
