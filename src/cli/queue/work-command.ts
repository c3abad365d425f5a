import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Job } from 'bullmq';
import { parseArguments } from '../parse-arguments.js';
import type { Bullmq } from './load-bullmq.js';
import { closeQuietly, connectionOptions, redactedUrl, within } from './load-bullmq.js';
import type { QueueArguments } from './queue-arguments.js';
import { partFileName, queueJobDataSchema } from './queue-job.js';
import { describeInput } from './status-command.js';
import { runPart, type PartSummary } from './run-part.js';
import { staleJobCheck, sweepTemporaries } from './stale-temporaries.js';

/** Job states that mean the queue still has work for someone. */
const UNFINISHED = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;

/** A worker that cannot read the queue for this many `--queue-timeout-ms` in a row stops (exit 1). */
const GIVE_UP_TIMEOUTS = 6;

/**
 * `embedsift work`: takes jobs from the queue one at a time, runs each through the command's
 * pipeline into `DIR/part-<job id>.jsonl` (atomically, see `runPart`), and only then marks it done.
 * While it runs, BullMQ renews the job's lock every `lockMs / 2`; when a worker dies (killed, its
 * machine lost), its lock lapses after `lockMs`, and another worker's stalled-job check puts the
 * job back in the queue (after `maxStalls` such losses the job fails). A job that throws is retried
 * with backoff up to the attempts given to `enqueue`, then stays in the failed list with its
 * reason. The worker stops when no job is waiting, running or due for a retry anywhere; SIGINT or
 * SIGTERM stop it after the job in hand. When it starts and when the queue is done, it removes the
 * temporary part files in `DIR` of jobs that no worker holds (see `sweepTemporaries`); a job's
 * run removes those of its own dead predecessors first (see `runPart`). Resolves with the exit
 * status: 0 the queue is done with no failed job, 1 some jobs failed (see `embedsift status`) or
 * Redis failed, 130 / 143 stopped.
 *
 * @example
 * const code = await runWork(parsed, bullmq, process.stderr);
 */
export async function runWork(
  parsed: Extract<QueueArguments, { command: 'work' }>,
  bullmq: Bullmq,
  stderr: NodeJS.WritableStream,
): Promise<number> {
  const { target, outputDir, lockMs } = parsed;
  const where = `queue ${target.name} at ${redactedUrl(target.url)}`;
  try {
    mkdirSync(outputDir, { recursive: true });
  } catch (error) {
    stderr.write(`embedsift: cannot create ${outputDir}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 4;
  }
  const queue = new bullmq.Queue(target.name, { connection: connectionOptions(target, false) });
  queue.on('error', () => undefined);
  try {
    await within(queue.waitUntilReady(), target.timeoutMs, `connecting to ${where}`);
  } catch (error) {
    stderr.write(`embedsift: cannot reach ${where}: ${error instanceof Error ? error.message : String(error)}\n`);
    await closeQuietly(queue, target.timeoutMs);
    return 1;
  }
  const sweep = async (): Promise<void> => {
    const removed = await sweepTemporaries(outputDir, staleJobCheck(queue, target.timeoutMs));
    if (removed.length > 0) {
      stderr.write(`embedsift: removed ${removed.length} temporary part file(s) of jobs no worker holds (left by workers that died)\n`);
    }
  };
  await sweep();

  const stop = new AbortController();
  let busy = 0;
  const seen = new Set<string>();
  const processor = async (job: Job): Promise<PartSummary> => {
    busy++;
    try {
      const data = queueJobDataSchema.safeParse(job.data);
      if (!data.success) throw new bullmq.UnrecoverableError(`not an embedsift job: ${data.error.message}`);
      const { command, args, input } = data.data;
      const files = input.kind === 'files' ? input.files : [input.file];
      const run = parseArguments([command, ...args, ...files], {});
      if (run.kind !== 'run') throw new bullmq.UnrecoverableError('not an embedsift job: no command');
      const options = { ...run.options, workers: parsed.workers };
      return await runPart(options, input, join(outputDir, partFileName(job.id ?? 'unnamed')), stop.signal);
    } finally {
      busy--;
    }
  };
  const worker = new bullmq.Worker(target.name, processor, {
    connection: connectionOptions(target, true),
    concurrency: 1,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    maxStalledCount: parsed.maxStalls,
    drainDelay: Math.max(1, Math.min(5, Math.round(lockMs / 1000))),
    autorun: true,
  });
  worker.on('error', (error: Error) => {
    if (seen.has(error.message)) return;
    seen.add(error.message);
    stderr.write(`embedsift: ${where}: ${error.message}\n`);
  });
  worker.on('failed', (job: Job | undefined, error: Error) => {
    if (job === undefined) return;
    const last = job.attemptsMade >= (job.opts.attempts ?? 1);
    stderr.write(
      `embedsift: job ${job.id} (${describeInput(job.data)}) failed, attempt ${job.attemptsMade} of ${job.opts.attempts ?? 1}${last ? '' : ', will be retried'}: ${error.message}\n`,
    );
  });

  let stoppedBy: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stoppedBy !== null) process.exit(signal === 'SIGINT' ? 130 : 143);
    stoppedBy = signal;
    stderr.write(`\nembedsift: ${signal}: finishing the job in hand, then stopping (${signal} again to quit now)\n`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let failed = 0;
  let redisError: string | null = null;
  let failingSince = 0;
  const poll = Math.max(200, Math.min(5000, Math.round(lockMs / 2)));
  try {
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, poll));
      if (stoppedBy !== null) break;
      let counts: Record<string, number>;
      try {
        // bounded-arguments: UNFINISHED is a constant list of five job states
        counts = await within(queue.getJobCounts(...UNFINISHED, 'failed'), target.timeoutMs, `reading ${where}`);
        redisError = null;
        failingSince = 0;
      } catch (error) {
        // A network break: the worker reconnects by itself; wait, up to GIVE_UP_TIMEOUTS timeouts.
        redisError = error instanceof Error ? error.message : String(error);
        failingSince ||= Date.now();
        if (Date.now() - failingSince > GIVE_UP_TIMEOUTS * target.timeoutMs) break;
        continue;
      }
      const left = UNFINISHED.reduce((sum, state) => sum + (counts[state] ?? 0), 0);
      if (left === 0 && busy === 0) {
        failed = counts.failed ?? 0;
        await sweep();
        break;
      }
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await worker.close();
    await closeQuietly(queue, target.timeoutMs);
  }
  if (stoppedBy !== null) {
    stderr.write(`embedsift: stopped by ${stoppedBy}; the jobs not done stay in the queue\n`);
    return stoppedBy === 'SIGINT' ? 130 : 143;
  }
  if (redisError !== null) {
    stderr.write(`embedsift: gave up on ${where} after ${GIVE_UP_TIMEOUTS} timeouts in a row: ${redisError}\n`);
    return 1;
  }
  if (failed > 0) {
    stderr.write(`embedsift: the queue is done, but ${failed} job(s) failed: see embedsift status --queue URL\n`);
    return 1;
  }
  return 0;
}
