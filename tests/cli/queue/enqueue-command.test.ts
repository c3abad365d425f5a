// embedsift enqueue on a real redis-server on 127.0.0.1 (skipped with a notice when redis-server
// is not installed; EMBEDSIFT_REQUIRE_REDIS=1 makes that a failure): each job gets its numbered id,
// its attempts and its input, and enqueuing the same corpus twice adds nothing twice.
import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-built-cli.js';
import { article, enqueueJsonl, queueStatus, redisAvailable, SLOW, useQueueWorkspace } from './queue-helpers.js';

const hasRedis = redisAvailable('tests/cli/queue/enqueue-command.test.ts');

describe('embedsift enqueue without a queue', () => {
  it('without --queue is a usage error (exit 2)', SLOW, async () => {
    const enqueue = await runCli(['enqueue', 'extract', '--from', 'jsonl', 'corpus.jsonl']);
    expect(enqueue.code).toBe(2);
    expect(enqueue.stderr).toMatch(/needs --queue redis:/);
  });
});

describe.skipIf(!hasRedis)('embedsift enqueue on a real redis-server', () => {
  const space = useQueueWorkspace();

  it('enqueuing the same corpus twice queues each job once, with its id, attempts and input', SLOW, async () => {
    const url = space.redis().url;
    const keep = space.write('keep.jsonl', article('k1') + article('k2') + article('k3'));
    const more = space.write('more.jsonl', article('m1'));
    for (let i = 0; i < 2; i++) {
      const queued = await enqueueJsonl(url, 'twice', 2, [keep, more], ['--attempts', '2']);
      expect(queued.code, queued.stderr).toBe(0);
      expect(queued.stderr).toMatch(/queued 3 job\(s\) from 2 JSONL file\(s\) on queue twice at redis:\/\/127\.0\.0\.1:\d+/);
    }
    expect((await queueStatus(url, 'twice')).counts).toMatchObject({ waiting: 3, active: 0, completed: 0, failed: 0 });

    const two = Buffer.byteLength(article('k1') + article('k2'));
    const queue = new Queue('twice', { connection: { url } });
    try {
      const jobs = (await queue.getWaiting(0, 10)).sort((a, b) => String(a.id).localeCompare(String(b.id)));
      expect(jobs.map((job) => String(job.id).slice(0, 6))).toEqual(['000001', '000002', '000003']);
      expect(jobs.every((job) => job.opts.attempts === 2)).toBe(true);
      expect(jobs.map((job) => job.data.input)).toEqual([
        { kind: 'lines', file: keep, start: 0, end: two, firstLine: 1 },
        {
          kind: 'lines',
          file: keep,
          start: two,
          end: Buffer.byteLength(article('k1') + article('k2') + article('k3')),
          firstLine: 3,
        },
        { kind: 'lines', file: more, start: 0, end: Buffer.byteLength(article('m1')), firstLine: 4 },
      ]);
      expect(jobs[0]?.data).toMatchObject({ v: 1, command: 'extract', args: expect.arrayContaining(['--from', 'jsonl']) });
    } finally {
      await queue.close();
    }
  });
});
