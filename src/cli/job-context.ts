import type { BatchPipeline, RunCounters } from './batch-pipeline.js';
import type { CliOptions } from './cli-options.js';
import type { OrderedWriter } from './ordered-writer.js';

/**
 * What a job (JSONL or whole-file) runs with.
 *
 * @example
 * await runJsonlJob({ options, writer, pipeline, counters, signal: controller.signal });
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
  /** Aborts on SIGINT or when stdout goes away. */
  signal: AbortSignal;
}
