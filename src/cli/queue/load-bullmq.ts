import type { QueueTarget } from './queue-arguments.js';
import { UsageError } from '../usage-error.js';

/**
 * The part of BullMQ the queue commands use (the optional peer dependency `bullmq`).
 *
 * @example
 * const { Queue, Worker } = await loadBullmq();
 */
export type Bullmq = Pick<typeof import('bullmq'), 'Queue' | 'Worker' | 'UnrecoverableError'>;

/**
 * Loads `bullmq` and checks that its Redis driver `ioredis` is there: both are optional peer
 * dependencies, loaded only by `embedsift enqueue|work|status`. Throws {@link UsageError} (exit 2)
 * naming the packages when either is missing.
 *
 * @example
 * const bullmq = await loadBullmq();
 */
export async function loadBullmq(): Promise<Bullmq> {
  try {
    await import('ioredis');
    const bullmq = await import('bullmq');
    return { Queue: bullmq.Queue, Worker: bullmq.Worker, UnrecoverableError: bullmq.UnrecoverableError };
  } catch {
    throw new UsageError('the job queue needs the optional packages bullmq and ioredis: npm install bullmq ioredis');
  }
}

/**
 * The Redis connection options of a queue command (ioredis options, as BullMQ takes them):
 * connecting waits at most `timeoutMs`. A short-lived command (`enqueue`, `status`) tries to
 * connect three times, then fails, and bounds each command by `timeoutMs` too; a worker
 * (`blocking`) waits on Redis for jobs and so has no command time limit, and reconnects after a
 * network break, waiting at most 20 s between tries.
 *
 * @example
 * new Queue('embedsift', { connection: connectionOptions(target, false) });
 */
export function connectionOptions(target: QueueTarget, blocking: boolean): Record<string, unknown> {
  const common = { url: target.url, connectTimeout: target.timeoutMs, lazyConnect: false };
  if (blocking) return { ...common, maxRetriesPerRequest: null, retryStrategy: (times: number) => Math.min(1000 * 2 ** times, 20_000) };
  return {
    ...common,
    commandTimeout: target.timeoutMs,
    maxRetriesPerRequest: 1,
    retryStrategy: (times: number) => (times > 3 ? null : 250 * times),
  };
}

/**
 * A Redis URL fit for messages: the password, if any, is replaced by `***`.
 *
 * @example
 * redactedUrl('redis://:secret@cache.internal:6379/0'); // 'redis://:***@cache.internal:6379/0'
 */
export function redactedUrl(url: string): string {
  return url.replace(/^(rediss?:\/\/[^:@/]*:)[^@/]*@/i, '$1***@');
}

/**
 * Waits for `work` at most `ms` milliseconds, then rejects with an error naming `what`.
 *
 * @example
 * const counts = await within(queue.getJobCounts(), 10_000, 'reading the queue');
 */
export async function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Closes a BullMQ queue or worker within `ms` milliseconds; never rejects.
 *
 * @example
 * await closeQuietly(queue, 10_000);
 */
export async function closeQuietly(closable: { close(): Promise<void> }, ms: number): Promise<void> {
  await within(closable.close(), ms, 'closing').catch(() => undefined);
}
