// The job-queue command lines (no Redis, no build needed).
import { describe, expect, it } from 'vitest';
import { isQueueCommand } from '../../../src/cli/queue/queue-command-names.js';
import { parseQueueArguments } from '../../../src/cli/queue/queue-arguments.js';
import { isUsageError } from '../../../src/cli/usage-error.js';

const URL = 'redis://127.0.0.1:6379';

function usageErrorOf(argv: string[]): string {
  try {
    parseQueueArguments(argv);
  } catch (error) {
    if (isUsageError(error)) return error.message;
    throw error;
  }
  throw new Error('no usage error');
}

describe('parseQueueArguments', () => {
  it('enqueue: the queue flags are taken out, the rest is what each job runs with (operands absolute)', () => {
    const parsed = parseQueueArguments([
      'enqueue',
      'extract',
      '--from',
      'jsonl',
      '--queue',
      URL,
      '--id-field=key',
      '--batch-lines=250',
      '--max-records',
      '10',
      'corpus.jsonl',
    ]);
    if (parsed.command !== 'enqueue') throw new Error(parsed.command);
    expect(parsed.target).toEqual({ url: URL, name: 'embedsift', timeoutMs: 10_000 });
    expect(parsed.args).toEqual(['--from', 'jsonl', '--id-field', 'key', '--max-records', '10']);
    expect(parsed.batchLines).toBe(250);
    expect(parsed.attempts).toBe(3);
    expect(parsed.options.files).toEqual([`${process.cwd()}/corpus.jsonl`]);
    expect(parsed.options.idField).toBe('key');
  });

  it('enqueue: Parquet inputs with --batch-rows (default 10,000 rows a job)', () => {
    const parsed = parseQueueArguments(['enqueue', 'extract', '--from', 'parquet', '--queue', URL, '--batch-rows', '500', 't.parquet']);
    if (parsed.command !== 'enqueue') throw new Error(parsed.command);
    expect(parsed.options.mode).toBe('parquet');
    expect(parsed.args).toEqual(['--from', 'parquet']);
    expect(parsed.batchRows).toBe(500);
    const plain = parseQueueArguments(['enqueue', 'extract', '--from', 'parquet', '--queue', URL, 't.parquet']);
    expect(plain.command === 'enqueue' && plain.batchRows).toBe(10_000);
  });

  it('work and status', () => {
    expect(
      parseQueueArguments(['work', '--queue', URL, '--queue-name', 'cc-news', '-o', 'out', '--workers', '2', '--lock-ms', '5000']),
    ).toEqual({
      command: 'work',
      target: { url: URL, name: 'cc-news', timeoutMs: 10_000 },
      outputDir: `${process.cwd()}/out`,
      workers: 2,
      lockMs: 5000,
      maxStalls: 2,
    });
    expect(parseQueueArguments(['status', '--queue', URL, '--to', 'json', '--queue-timeout-ms', '500'])).toEqual({
      command: 'status',
      target: { url: URL, name: 'embedsift', timeoutMs: 500 },
      json: true,
    });
  });

  it.each([
    [['status'], /needs --queue redis:/],
    [['status', '--queue', 'http://127.0.0.1:6379'], /redis:\/\/ or rediss:\/\//],
    [['status', '--queue', URL, '--queue-name', 'a b'], /--queue-name/],
    [['status', '--queue', URL, 'extra'], /takes no operand/],
    [['work', '--queue', URL], /needs -o DIR/],
    [['work', '--queue', URL, '-o', 'out', '--lock-ms', '10'], /--lock-ms must be a whole number from 100/],
    [['enqueue', '--queue', URL, 'a.jsonl'], /extract\|convert/],
    [['enqueue', 'extract', '--from', 'jsonl', '--queue', URL], /input FILEs/],
    [['enqueue', 'extract', '--from', 'jsonl', '--queue', URL, '-'], /stdin cannot be queued/],
    [['enqueue', 'extract', '--from', 'jsonl', '--queue', URL, '-o', 'x.jsonl', 'a.jsonl'], /-o|output/],
    [['enqueue', 'extract', '--from', 'jsonl', '--queue', URL, '--shard', '1/2', 'a.jsonl'], /--shard is not for a queued run/],
    [['enqueue', 'extract', '--queue', URL, '--to', 'json', 'a.html'], /use --to jsonl/],
    [['enqueue', 'extract', '--from', 'jsonl', '--queue', URL, '--queue', URL, 'a.jsonl'], /given twice/],
    [['enqueue', 'extract', '--from', 'parquet', '--queue', URL, '--batch-rows', '0', 't.parquet'], /--batch-rows must be a whole number/],
    [
      ['enqueue', 'extract', '--from', 'parquet', '--queue', URL, '--batch-lines', '5', 't.parquet'],
      /Parquet jobs are cut by --batch-rows/,
    ],
    [['enqueue', 'extract', '--from', 'jsonl', '--queue', URL, '--batch-rows', '5', 'a.jsonl'], /JSONL jobs are cut by --batch-lines/],
    [['enqueue', 'extract', '--from', 'parquet', '--queue', URL, '--to', 'parquet', '-o', 'r.parquet', 't.parquet'], /-o|output/],
  ])('%j is a usage error', (argv, message) => {
    expect(usageErrorOf(argv)).toMatch(message);
  });

  it('isQueueCommand names only the three queue commands', () => {
    expect(['enqueue', 'work', 'status'].map((command) => isQueueCommand([command]))).toEqual([true, true, true]);
    expect(isQueueCommand(['extract', 'work'])).toBe(false);
    expect(isQueueCommand([])).toBe(false);
  });
});
