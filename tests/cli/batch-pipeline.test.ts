import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { BatchPipeline, inputBudget, type RunCounters } from '../../src/cli/batch-pipeline.js';
import type { Batch, BatchResult } from '../../src/cli/batch-protocol.js';
import { OrderedWriter } from '../../src/cli/ordered-writer.js';
import { processBatch } from '../../src/cli/process-batch.js';
import { type BatchRunner, WorkerCrashError } from '../../src/cli/worker-pool.js';
import { linesBatch } from './jsonl-batch.js';
import { configOf } from './parsed-options.js';

const config = configOf(['extract', '--from', 'jsonl']);
const TWEET = JSON.stringify({ id: 'a1', text: 'Ferry at dawn\n— Port of Eastvale (@EastvalePort) March 5, 2024' });

const parse = async (batch: Batch): Promise<BatchResult> => processBatch(batch, config).result;
const crashing = (dies: (batch: Batch) => boolean) => async (batch: Batch) => {
  if (dies(batch)) throw new WorkerCrashError('worker thread died (exit code 70)');
  return parse(batch);
};

/** A pipeline on a runner that runs batches with `run` in this thread. */
function pipelineOf(run: (batch: Batch) => Promise<BatchResult> = parse) {
  const chunks: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
  const writer = new OrderedWriter(sink, 8);
  const counters: RunCounters = { items: 0, embeds: 0, errors: 0, bytesDone: 0, crashes: 0 };
  const runner: BatchRunner = { run, close: async () => undefined, recycled: 0 };
  const pipeline = new BatchPipeline(runner, writer, counters, config, null, (_seq, pieces) => pieces.join(''));
  const lines = async () => {
    await writer.finish();
    return chunks
      .join('')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string | null; line?: number; error?: string });
  };
  return { writer, counters, pipeline, lines };
}

describe('inputBudget', () => {
  it('allows each worker one article of the largest size plus a megabyte', () => {
    expect(inputBudget(4, 16 << 20)).toBe(4 * (17 << 20));
    expect(inputBudget(0, 1024)).toBe(1024 + (1 << 20));
  });
});

describe('BatchPipeline', () => {
  it('writes the batches in order and counts their items', async () => {
    const { writer, counters, pipeline, lines } = pipelineOf();
    const first = writer.begin();
    const second = writer.begin();
    pipeline.submit(linesBatch([JSON.stringify({ id: 'b2', text: 'No embed.' })], second), 200);
    pipeline.submit(linesBatch([TWEET], first), 100);
    expect((await lines()).map((line) => line.id)).toEqual(['a1', 'b2']);
    expect(counters).toMatchObject({ items: 2, embeds: 1, errors: 0, bytesDone: 200, crashes: 0 });
    expect(pipeline.error).toBeNull();
  });

  it('turns a crashed batch into one error line per input line, and counts the crash', async () => {
    const { writer, counters, pipeline, lines } = pipelineOf(crashing((batch) => batch.seq === 0));
    pipeline.submit(linesBatch([TWEET, TWEET], writer.begin()), 100);
    const out = await lines();
    expect(out.map((line) => [line.line, line.error])).toEqual([
      [1, 'not parsed: worker thread died (exit code 70)'],
      [2, 'not parsed: worker thread died (exit code 70)'],
    ]);
    expect(counters).toMatchObject({ crashes: 1, errors: 2 });
  });

  it('completes a batch that could not be read with error items, without parsing it', async () => {
    const { writer, pipeline, lines } = pipelineOf(() => Promise.reject(new Error('the runner must not be called')));
    pipeline.submitFailed(linesBatch([TWEET], writer.begin()), 'cannot read: EIO', 10);
    expect(await lines()).toEqual([{ id: null, line: 1, error: 'cannot read: EIO' }]);
  });

  it('waits for room while the bytes in flight would pass the budget', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const { writer, pipeline, lines } = pipelineOf(async (batch) => {
      await gate;
      return parse(batch);
    });
    const batch = linesBatch([TWEET], writer.begin());
    pipeline.submit(batch, 100);
    let roomy = false;
    const waiting = pipeline.waitForInputRoom(batch.bytes.byteLength, batch.bytes.byteLength + 1).then(() => {
      roomy = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(roomy).toBe(false);
    release();
    await waiting;
    expect(roomy).toBe(true);
    expect(await lines()).toHaveLength(1);
  });
});
