// Shared by the CLI job tests: runs a job in this process, on streams the test gives, with the
// parsing done in the main thread (--workers 0), and returns what it wrote.
import { Readable, Writable } from 'node:stream';
import { BatchPipeline, type RunCounters } from '../../src/cli/batch-pipeline.js';
import { workerConfigOf } from '../../src/cli/cli-options.js';
import { fileFrame } from '../../src/cli/file-job.js';
import type { JobContext } from '../../src/cli/job-context.js';
import { OrderedWriter } from '../../src/cli/ordered-writer.js';
import { createBatchRunner } from '../../src/cli/worker-pool.js';
import { optionsOf } from './parsed-options.js';

/** What a job run wrote, and what it said it could not read. */
export interface JobRun {
  output: string;
  unread: string[];
  counters: RunCounters;
  writer: OrderedWriter;
}

/** Runs `job` for the command line `argv` (its operands are keys of `inputs`). */
export async function runJob(
  job: (context: JobContext) => Promise<void>,
  argv: readonly string[],
  inputs: Record<string, Uint8Array | string | (() => Readable)>,
): Promise<JobRun> {
  const options = optionsOf([...argv, '--workers', '0', ...Object.keys(inputs)]);
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback();
    },
  });
  const config = workerConfigOf(options);
  const writer = new OrderedWriter(sink, 6);
  const counters: RunCounters = { items: 0, embeds: 0, errors: 0, bytesDone: 0, crashes: 0 };
  const runner = createBatchRunner(0, config);
  const pipeline = new BatchPipeline(runner, writer, counters, config, null, fileFrame(options));
  const context: JobContext = {
    options,
    writer,
    pipeline,
    counters,
    signal: new AbortController().signal,
    open: (file) => {
      const input = inputs[file];
      if (typeof input === 'function') return input();
      return Readable.from([Buffer.from(input ?? '')]);
    },
    unread: [],
  };
  try {
    await job(context);
  } finally {
    await runner.close();
  }
  return { output: Buffer.concat(chunks).toString('utf8'), unread: context.unread, counters, writer };
}

/** A stream that yields `text`, then fails as a disk read does. */
export function failingInput(text: string): () => Readable {
  return () =>
    Readable.from(
      (async function* () {
        yield Buffer.from(text);
        throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
      })(),
    );
}
