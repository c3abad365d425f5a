// runQueueCommand: parses `enqueue|work|status …`, runs the command named, and turns a usage error
// into exit 2 with the message on stderr. The Redis test starts redis-server on 127.0.0.1 (skipped
// with a notice when it is not installed; EMBEDSIFT_REQUIRE_REDIS=1 makes that a failure).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runQueueCommand } from '../../../src/cli/queue/run-queue-command.js';
import { redisAvailable, SLOW, textStream, useQueueWorkspace } from './queue-helpers.js';

const hasRedis = redisAvailable('tests/cli/queue/run-queue-command.test.ts');

/** stdout and stderr that keep what is written to them. */
function io() {
  const streams = { stdout: textStream(), stderr: textStream() };
  return {
    streams,
    out: {
      get stdout() {
        return streams.stdout.text();
      },
      get stderr() {
        return streams.stderr.text();
      },
    },
  };
}

describe('runQueueCommand', () => {
  it('a usage error is exit 2, with the message and where to find usage on stderr', async () => {
    const { streams, out } = io();
    expect(await runQueueCommand(['enqueue', 'extract', '--from', 'jsonl', 'corpus.jsonl'], streams)).toBe(2);
    expect(out.stderr).toMatch(/^embedsift: .*needs --queue redis:.*\nRun 'embedsift --help' for usage\.\n$/);
    expect(out.stdout).toBe('');

    const bad = io();
    expect(await runQueueCommand(['status', '--queue', 'redis://127.0.0.1:6379', '--no-such-flag'], bad.streams)).toBe(2);
    expect(bad.out.stderr).toMatch(/no-such-flag/);
  });
});

describe.skipIf(!hasRedis)('runQueueCommand on a real redis-server', () => {
  const space = useQueueWorkspace();

  it(
    'runs the command named: status prints, work on an empty queue ends 0, enqueue of a missing file queues nothing (exit 2)',
    SLOW,
    async () => {
      const url = space.redis().url;
      const status = io();
      expect(await runQueueCommand(['status', '--queue', url, '--queue-name', 'quiet'], status.streams)).toBe(0);
      expect(status.out.stdout).toBe(`queue quiet at ${url}\nwaiting 0, active 0, delayed 0, prioritized 0, completed 0, failed 0\n`);

      const out = space.path('work-out');
      const work = io();
      expect(await runQueueCommand(['work', '--queue', url, '--queue-name', 'quiet', '-o', out, '--workers', '0'], work.streams)).toBe(0);
      expect(work.out.stderr).toBe('');
      expect(existsSync(out)).toBe(true);

      const enqueue = io();
      const missing = space.path('missing.jsonl');
      expect(
        await runQueueCommand(['enqueue', 'extract', '--from', 'jsonl', '--queue', url, '--queue-name', 'quiet', missing], enqueue.streams),
      ).toBe(2);
      expect(enqueue.out.stderr).toMatch(/cannot read .*missing\.jsonl: ENOENT; nothing was queued/);
      const after = io();
      await runQueueCommand(['status', '--queue', url, '--queue-name', 'quiet', '--to', 'json'], after.streams);
      expect(JSON.parse(after.out.stdout).counts).toMatchObject({ waiting: 0, completed: 0, failed: 0 });
    },
  );
});
