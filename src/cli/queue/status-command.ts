import type { Bullmq } from './load-bullmq.js';
import { closeQuietly, connectionOptions, redactedUrl, within } from './load-bullmq.js';
import type { QueueArguments } from './queue-arguments.js';
import { queueInputSchema, type QueueInput } from './queue-job.js';

/** The job states `embedsift status` counts, in the order it prints them. */
const STATES = ['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'] as const;
/** Failed jobs listed at most. */
const LISTED = 100;

/**
 * `embedsift status`: prints how many jobs of the queue wait, run, wait for a retry, are done and
 * failed, and each failed job (up to 100) with its attempts and the reason it failed. `--to json`
 * prints one JSON object instead. Resolves with the exit status: 0 printed, 1 Redis failed.
 *
 * @example
 * const code = await runStatus(parsed, bullmq, process.stdout, process.stderr);
 */
export async function runStatus(
  parsed: Extract<QueueArguments, { command: 'status' }>,
  bullmq: Bullmq,
  stdout: NodeJS.WritableStream,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  const { target } = parsed;
  const where = `queue ${target.name} at ${redactedUrl(target.url)}`;
  const queue = new bullmq.Queue(target.name, { connection: connectionOptions(target, false) });
  queue.on('error', () => undefined);
  try {
    await within(queue.waitUntilReady(), target.timeoutMs, `connecting to ${where}`);
    // bounded-arguments: STATES is a constant list of six job states
    const counts = await within(queue.getJobCounts(...STATES), target.timeoutMs, `reading ${where}`);
    const failedJobs = await within(queue.getFailed(0, LISTED - 1), target.timeoutMs, `reading ${where}`);
    const failed = failedJobs.map((job) => ({
      id: job.id ?? '',
      attempts: job.attemptsMade,
      reason: job.failedReason ?? '',
      input: describeInput(job.data),
    }));
    if (parsed.json) {
      stdout.write(`${JSON.stringify({ queue: target.name, url: redactedUrl(target.url), counts, failed })}\n`);
    } else {
      let text = `${where}\n${STATES.map((state) => `${state} ${counts[state] ?? 0}`).join(', ')}\n`;
      if (failed.length > 0) text += 'failed jobs:\n';
      for (const job of failed) text += `  ${job.id} (${job.input}) after ${job.attempts} attempt(s): ${job.reason}\n`;
      const more = (counts.failed ?? 0) - failed.length;
      if (more > 0) text += `  … and ${more} more\n`;
      stdout.write(text);
    }
  } catch (error) {
    stderr.write(`embedsift: cannot read ${where}: ${error instanceof Error ? error.message : String(error)}\n`);
    await closeQuietly(queue, target.timeoutMs);
    return 1;
  }
  await closeQuietly(queue, target.timeoutMs);
  return 0;
}

/**
 * A job's input in words: `bytes 0–65536 of /data/a.jsonl, from line 1`, `/data/a.warc.gz`,
 * `rows 0–9999 of /data/a.parquet`, `3 files from /data/x.html`.
 *
 * @example
 * describeInput({ v: 1, command: 'extract', args: [], input: { kind: 'warc', file: '/data/a.warc.gz' } }); // '/data/a.warc.gz'
 */
export function describeInput(data: unknown): string {
  const parsed = queueInputSchema.safeParse((data as { input?: unknown } | null)?.input);
  if (!parsed.success) return 'not an embedsift job';
  const input: QueueInput = parsed.data;
  if (input.kind === 'lines') return `bytes ${input.start}–${input.end} of ${input.file}, from line ${input.firstLine}`;
  if (input.kind === 'warc') return input.file;
  if (input.kind === 'rows') return `rows ${input.rowStart}–${input.rowEnd - 1} of ${input.file}`;
  return input.files.length === 1 ? (input.files[0] ?? '') : `${input.files.length} files from ${input.files[0] ?? ''}`;
}
