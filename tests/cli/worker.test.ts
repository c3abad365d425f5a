// The worker thread as built (dist/cli-worker.js; `npm test` builds first).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { Batch, BatchResult } from '../../src/cli/batch-protocol.js';
import { linesBatch } from './jsonl-batch.js';
import { configOf } from './parsed-options.js';
import { root } from './run-built-cli.js';

const script = join(root, 'dist', 'cli-worker.js');
const TWEET = JSON.stringify({ id: 'a1', text: 'Ferry at dawn\n— Port of Eastvale (@EastvalePort) March 5, 2024' });

/** Starts a worker, sends it one batch, and gives its answer or its exit code. */
async function runOnce(batch: Batch, env: Record<string, string> = {}): Promise<{ result?: BatchResult; exitCode?: number }> {
  const worker = new Worker(script, { workerData: configOf(['extract', '--from', 'jsonl']), env: { ...process.env, ...env } });
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', (result: BatchResult) => resolve({ result }));
      worker.once('exit', (exitCode) => resolve({ exitCode }));
      worker.once('error', reject);
      worker.postMessage(batch);
    });
  } finally {
    await worker.terminate();
  }
}

describe('the CLI worker thread', () => {
  it('parses a batch it is sent and answers with its output', async () => {
    const { result } = await runOnce(linesBatch([TWEET, '{"id":"b2","text":"No embed."}'], 4));
    expect(result?.seq).toBe(4);
    expect(result?.stats).toMatchObject({ items: 2, embeds: 1, errors: 0 });
    const ids = Buffer.from(result?.text ?? new Uint8Array())
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(['a1', 'b2']);
  });

  it('dies on a batch holding the test crash marker, as a crashing parse would', async () => {
    const { exitCode } = await runOnce(linesBatch([JSON.stringify({ id: 'x', text: 'CRASH-HERE' })]), {
      EMBEDSIFT_TEST_WORKER_CRASH: 'CRASH-HERE',
    });
    expect(exitCode).toBe(70);
  });

  it('refuses to run outside a worker thread', () => {
    const run = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('cli-worker.js must run in a worker thread');
  });
});
