import type { BatchPipeline, RunCounters } from './batch-pipeline.js';
import type { CliOptions } from './cli-options.js';
import type { OrderedWriter } from './ordered-writer.js';

/**
 * What a job (JSONL or whole-file) runs with.
 *
 * @example
 * await runJsonlJob({ options, writer, pipeline, counters, signal: controller.signal, open: openInput, unread: [] });
 */
export interface JobContext {
  /** The validated command line. */
  options: CliOptions;
  /** Writes batch output in order, with backpressure. */
  writer: OrderedWriter;
  /** Runs batches through the workers (and the expander). */
  pipeline: BatchPipeline;
  /** Run-wide counters. */
  counters: RunCounters;
  /** Aborts on SIGINT, SIGTERM, or when stdout fails. */
  signal: AbortSignal;
  /** Opens an input operand as a byte stream (`openInput`; tests pass streams that fail). */
  open: (file: string, signal: AbortSignal) => AsyncIterable<Buffer>;
  /** The job adds one message per input that could not be read (it names the file and the line). */
  unread: string[];
  /**
   * JSONL: the number of the first line read (default 1). A queue job that reads a byte range of a
   * file starts at the range's line, so its error lines name the line of the whole corpus.
   */
  firstLine?: number;
  /**
   * Parquet: read only these rows of the (single) input file, `start` included, `end` not, counted
   * in the file from 0 (a queue job). Without it every row of every file is read.
   */
  rowRange?: { start: number; end: number };
}
