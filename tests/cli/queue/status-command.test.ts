// embedsift status: the counts of each job state and the failed jobs with their attempts, reason
// and input, as text or JSON; a refused Redis is exit 1 with the password kept out of the message.
// The Redis tests start redis-server on 127.0.0.1 (skipped with a notice when it is not installed;
// EMBEDSIFT_REQUIRE_REDIS=1 makes that a failure).
import { Queue, Worker } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { loadBullmq } from '../../../src/cli/queue/load-bullmq.js';
import { parseQueueArguments } from '../../../src/cli/queue/queue-arguments.js';
import type { QueueJobData } from '../../../src/cli/queue/queue-job.js';
import { describeInput, runStatus } from '../../../src/cli/queue/status-command.js';
import { runCli } from '../run-built-cli.js';
import { redisAvailable, SLOW, textStream, useQueueWorkspace, waitFor } from './queue-helpers.js';

const hasRedis = redisAvailable('tests/cli/queue/status-command.test.ts');

async function status(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const parsed = parseQueueArguments(['status', ...argv]);
  if (parsed.command !== 'status') throw new Error('not a status command');
  const stdout = textStream();
  const stderr = textStream();
  const code = await runStatus(parsed, await loadBullmq(), stdout, stderr);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('describeInput', () => {
  const job = (input: unknown) => ({ v: 1, command: 'extract', args: [], input });

  it('names a byte range with its first line, a WARC file, a Parquet row range, one file, or a run of files', () => {
    expect(describeInput(job({ kind: 'lines', file: '/data/wire.jsonl', start: 0, end: 4096, firstLine: 1 }))).toBe(
      'bytes 0–4096 of /data/wire.jsonl, from line 1',
    );
    expect(describeInput(job({ kind: 'warc', file: '/data/crawl.warc.gz' }))).toBe('/data/crawl.warc.gz');
    expect(describeInput(job({ kind: 'rows', file: '/data/t.parquet', rowStart: 10000, rowEnd: 20000 }))).toBe(
      'rows 10000–19999 of /data/t.parquet',
    );
    expect(describeInput(job({ kind: 'files', files: ['/data/a.html'] }))).toBe('/data/a.html');
    expect(describeInput(job({ kind: 'files', files: ['/data/a.html', '/data/b.html', '/data/c.html'] }))).toBe(
      '3 files from /data/a.html',
    );
  });

  it('says "not an embedsift job" for anything else, never throws', () => {
    for (const data of [
      null,
      undefined,
      42,
      'text',
      {},
      job({ kind: 'dir', file: '/data' }),
      job({ kind: 'files', files: [] }),
      job({ kind: 'rows', file: '/t.parquet', rowStart: -1, rowEnd: 2 }),
    ]) {
      expect(describeInput(data)).toBe('not an embedsift job');
    }
  });
});

describe('embedsift status without a reachable queue', () => {
  it('a refused Redis is exit 1, and the password stays out of the message', SLOW, async () => {
    const run = await runCli(['status', '--queue', 'redis://:hunter2@127.0.0.1:1', '--queue-timeout-ms', '2000']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot read queue embedsift at redis:\/\/:\*\*\*@127\.0\.0\.1:1/);
    expect(run.stderr).not.toMatch(/hunter2/);
  });
});

describe.skipIf(!hasRedis)('embedsift status on a real redis-server', () => {
  const space = useQueueWorkspace();

  it('counts each state and lists each failed job with its attempts, reason and input, as text and as JSON', SLOW, async () => {
    const url = space.redis().url;
    const data = (firstLine: number): QueueJobData => ({
      v: 1,
      command: 'extract',
      args: ['--from', 'jsonl'],
      input: { kind: 'lines', file: '/data/wire.jsonl', start: (firstLine - 1) * 100, end: firstLine * 100, firstLine },
    });
    const queue = new Queue('listed', { connection: { url } });
    let worker: Worker | undefined;
    try {
      await queue.add('lines', data(1), { jobId: '000001-aaaaaaaa', attempts: 1 });
      await queue.add('lines', data(2), { jobId: '000002-bbbbbbbb', attempts: 1 });
      await queue.add(
        'lines',
        { v: 1, command: 'extract', args: [], input: { kind: 'warc', file: '/data/c.warc.gz' } },
        { jobId: '000003-cccccccc' },
      );
      expect((await status(['--queue', url, '--queue-name', 'listed'])).stdout).toBe(
        `queue listed at ${url}\nwaiting 3, active 0, delayed 0, prioritized 0, completed 0, failed 0\n`,
      );

      // A worker that fails the JSONL jobs and completes the WARC one.
      worker = new Worker(
        'listed',
        async (job) => {
          if (job.data.input.kind === 'lines') throw new Error(`disk on fire at line ${job.data.input.firstLine}`);
          return 'done';
        },
        { connection: { url, maxRetriesPerRequest: null } },
      );
      await waitFor(async () => (await queue.getJobCounts('completed', 'failed')).failed === 2, 30_000, 'two failed jobs', 100);
      await waitFor(async () => (await queue.getJobCounts('completed')).completed === 1, 30_000, 'one completed job', 100);

      const text = await status(['--queue', url, '--queue-name', 'listed']);
      expect(text.code).toBe(0);
      expect(text.stderr).toBe('');
      const lines = text.stdout.trimEnd().split('\n');
      expect(lines.slice(0, 3)).toEqual([
        `queue listed at ${url}`,
        'waiting 0, active 0, delayed 0, prioritized 0, completed 1, failed 2',
        'failed jobs:',
      ]);
      expect(lines.slice(3).sort()).toEqual([
        '  000001-aaaaaaaa (bytes 0–100 of /data/wire.jsonl, from line 1) after 1 attempt(s): disk on fire at line 1',
        '  000002-bbbbbbbb (bytes 100–200 of /data/wire.jsonl, from line 2) after 1 attempt(s): disk on fire at line 2',
      ]);

      const json = await status(['--queue', url, '--queue-name', 'listed', '--to', 'json']);
      expect(json.code).toBe(0);
      const printed = JSON.parse(json.stdout);
      expect(printed).toMatchObject({ queue: 'listed', url, counts: { completed: 1, failed: 2, waiting: 0 } });
      expect(printed.failed).toHaveLength(2);
      expect(printed.failed).toContainEqual({
        id: '000002-bbbbbbbb',
        attempts: 1,
        reason: 'disk on fire at line 2',
        input: 'bytes 100–200 of /data/wire.jsonl, from line 2',
      });
    } finally {
      await worker?.close();
      await queue.close();
    }
  });
});
