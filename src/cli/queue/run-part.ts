import { closeSync, createReadStream, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { addAbortSignal } from 'node:stream';
import { BatchPipeline, type RunCounters } from '../batch-pipeline.js';
import { workerConfigOf, type CliOptions } from '../cli-options.js';
import { fileFrame, runFileJob } from '../file-job.js';
import type { JobContext } from '../job-context.js';
import { runJsonlJob } from '../jsonl-job.js';
import { openExpander } from '../open-expander.js';
import { openInput } from '../open-input.js';
import { openOutputFile } from '../open-output.js';
import { OrderedWriter } from '../ordered-writer.js';
import { runParquetJob } from '../parquet-input.js';
import { runWarcJob } from '../warc-job.js';
import { createBatchRunner } from '../worker-pool.js';
import type { QueueInput } from './queue-job.js';
import { removeJobTemporaries, temporaryPathOf } from './stale-temporaries.js';

/**
 * What one finished job produced.
 *
 * @example
 * const { items, errors } = await runPart(options, input, '/out/part-000001-3f9a0c1b.jsonl', signal);
 */
export interface PartSummary {
  /** Output lines (articles, records, files). */
  items: number;
  /** Of them, error lines. */
  errors: number;
  /** Embeds found. */
  embeds: number;
}

/**
 * Runs one queue job through the command's pipeline (the same readers, workers and writer as
 * `embedsift extract|convert`) into `outputPath`, atomically: the lines go to a temporary file
 * beside it (`.part-….tmp`, a name no reader of parts counts), which is flushed to the disk and
 * then renamed over `outputPath`, and the directory is flushed. A job that dies part way leaves
 * at most a temporary file, never a cut part, and the next run of the job removes it first (the
 * caller holds the job's lock, see `removeJobTemporaries`); a job run twice replaces its part with
 * the same lines. Rejects, leaving no part, when an input cannot be read, the output cannot be
 * written, a parser thread dies, `--strict` meets an error line, or `signal` aborts.
 *
 * @example
 * await runPart(options, { kind: 'warc', file: '/data/a.warc.gz' }, '/out/part-000001-3f9a0c1b.jsonl', signal);
 */
export async function runPart(options: CliOptions, input: QueueInput, outputPath: string, signal: AbortSignal): Promise<PartSummary> {
  // The caller holds the job's lock: temporary files of this part are leftovers of dead workers.
  removeJobTemporaries(outputPath);
  const temporary = temporaryPathOf(outputPath);
  const file = openOutputFile(temporary);
  let closed = false;
  try {
    const controller = new AbortController();
    const stop = (): void => controller.abort();
    const writer = new OrderedWriter(file.stream, Math.max(2, options.workers * 4 + 2), stop);
    file.stream.on('error', (error: NodeJS.ErrnoException) => writer.fail(error));
    const counters: RunCounters = { items: 0, embeds: 0, errors: 0, bytesDone: 0, crashes: 0 };
    const unread: string[] = [];
    const expander = options.expand === null ? null : await openExpander(options.expand, options.cache, controller.signal);
    const config = workerConfigOf(options);
    const runner = createBatchRunner(options.workers, config);
    const pipeline = new BatchPipeline(runner, writer, counters, config, expander, fileFrame(options));
    signal.addEventListener('abort', stop, { once: true });
    try {
      const context: JobContext = { options, writer, pipeline, counters, signal: controller.signal, open: openInput, unread };
      if (input.kind === 'lines') {
        context.firstLine = input.firstLine;
        context.open = (path, abort) =>
          addAbortSignal(abort, createReadStream(path, { start: input.start, end: input.end - 1, highWaterMark: 1 << 20 }));
        await runJsonlJob(context);
      } else if (input.kind === 'warc') {
        await runWarcJob(context);
      } else if (input.kind === 'rows') {
        context.rowRange = { start: input.rowStart, end: input.rowEnd };
        await runParquetJob(context);
      } else {
        await runFileJob(context);
      }
    } finally {
      signal.removeEventListener('abort', stop);
      await runner.close();
      await expander?.close();
    }
    if (writer.failure !== null) throw new Error(`cannot write ${temporary}: ${writer.failure.message}`);
    if (pipeline.error !== null) throw pipeline.error;
    if (signal.aborted) throw new Error('stopped before the job was done');
    if (unread.length > 0) throw new Error(unread.join('; '));
    if (counters.crashes > 0) throw new Error(`a parser thread died; ${counters.crashes} batch(es) got error lines`);
    if (options.strict && counters.errors > 0) throw new Error(`--strict: ${counters.errors} error line(s)`);
    closed = true;
    file.close();
    renameSync(temporary, outputPath);
    syncDirectory(dirname(outputPath));
    return { items: counters.items, errors: counters.errors, embeds: counters.embeds };
  } catch (error) {
    if (!closed) {
      try {
        file.close();
      } catch {
        // The failure that brought us here is the one to report.
      }
    }
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Flushes a directory's entries (the rename) to the disk, where the system allows it. */
function syncDirectory(directory: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(directory, 'r');
    fsyncSync(fd);
  } catch (error) {
    // Some systems (Windows, some network file systems) cannot flush a directory.
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw error;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
