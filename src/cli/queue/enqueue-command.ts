import type { Bullmq } from './load-bullmq.js';
import { closeQuietly, connectionOptions, redactedUrl, within } from './load-bullmq.js';
import { planJobs } from './plan-jobs.js';
import type { QueueArguments } from './queue-arguments.js';
import { jobIdOf } from './queue-job.js';

/** Jobs sent to Redis per call. */
const CHUNK = 500;
/** The first retry of a failed job waits this long; each next one twice as long. */
const BACKOFF_MS = 2000;

/**
 * `embedsift enqueue`: splits the inputs into jobs (see `planJobs`) and adds them to the queue,
 * each with its own id (see `jobIdOf`: enqueuing the same corpus again adds nothing twice), its
 * number of attempts, and exponential backoff between them. Every job is kept in Redis when done
 * or failed, for `embedsift status`. Resolves with the exit status: 0 queued, 1 Redis failed (some
 * jobs may be queued: run the same command again).
 *
 * @example
 * const code = await runEnqueue(parsed, bullmq, process.stderr);
 */
export async function runEnqueue(
  parsed: Extract<QueueArguments, { command: 'enqueue' }>,
  bullmq: Bullmq,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  const { target, options } = parsed;
  const jobs = await planJobs(options, {
    command: options.command,
    args: parsed.args,
    batchLines: parsed.batchLines,
    batchRows: parsed.batchRows,
    batchFiles: parsed.batchFiles,
  });
  const where = `queue ${target.name} at ${redactedUrl(target.url)}`;
  const queue = new bullmq.Queue(target.name, { connection: connectionOptions(target, false) });
  let lastError = '';
  queue.on('error', (error: Error) => {
    lastError = error.message;
  });
  try {
    await within(queue.waitUntilReady(), target.timeoutMs, `connecting to ${where}`);
    for (let at = 0; at < jobs.length; at += CHUNK) {
      const chunk = [];
      for (let index = at; index < Math.min(jobs.length, at + CHUNK); index++) {
        const data = jobs[index];
        if (data === undefined) continue;
        chunk.push({
          name: data.input.kind,
          data,
          opts: {
            jobId: jobIdOf(index, data),
            attempts: parsed.attempts,
            backoff: { type: 'exponential', delay: BACKOFF_MS },
            removeOnComplete: false,
            removeOnFail: false,
          },
        });
      }
      await within(queue.addBulk(chunk), target.timeoutMs, `adding jobs to ${where}`);
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    stderr.write(
      `embedsift: cannot queue the jobs on ${where}: ${reason}${lastError && !reason.includes(lastError) ? ` (${lastError})` : ''}\n`,
    );
    await closeQuietly(queue, target.timeoutMs);
    return 1;
  }
  await closeQuietly(queue, target.timeoutMs);
  const unit = options.mode === 'jsonl' ? 'JSONL file(s)' : options.mode === 'parquet' ? 'Parquet file(s)' : 'file(s)';
  stderr.write(
    `embedsift: queued ${jobs.length} job(s) from ${options.files.length} ${unit} on ${where}; run embedsift work --queue URL -o DIR on each machine\n`,
  );
  return 0;
}
