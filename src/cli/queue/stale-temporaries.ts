import { randomBytes } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { within } from './load-bullmq.js';

/** `.part-<job id>.jsonl.<pid>-<8 hex digits>.tmp`: the job id is group 1. */
const TEMPORARY = /^\.part-(.+)\.jsonl\.\d+-[0-9a-f]{8}\.tmp$/;

/**
 * The temporary file a job's part is written to before it is renamed over the part: beside it,
 * named `.<part name>.<pid>-<random>.tmp` (a dot file, so no `part-*.jsonl` glob takes it).
 *
 * @example
 * temporaryPathOf('/out/part-000001-3f9a0c1b.jsonl'); // '/out/.part-000001-3f9a0c1b.jsonl.4242-9c1e07aa.tmp'
 */
export function temporaryPathOf(partPath: string): string {
  return join(dirname(partPath), `.${basename(partPath)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Removes the temporary files of one job's part, left by workers that died with the job in hand.
 * Only the worker that now holds the job's lock calls it, before it writes its own: no live worker
 * writes them then (one whose lock lapsed while it still ran loses its file, so its late rename
 * fails, and the queue, which no longer knows its lock, ignores its outcome). Never throws;
 * returns the names removed.
 *
 * @example
 * removeJobTemporaries('/out/part-000001-3f9a0c1b.jsonl'); // ['.part-000001-3f9a0c1b.jsonl.4242-9c1e07aa.tmp']
 */
export function removeJobTemporaries(partPath: string): string[] {
  const part = basename(partPath);
  return removeNamed(dirname(partPath), (name) => name.startsWith(`.${part}.`) && TEMPORARY.test(name));
}

/**
 * Removes the temporary part files of `directory` whose job no live worker holds: it lists them
 * first, then asks `isStale` about each one's job id, and removes only the listed files it says
 * yes to (a file a worker starts after the listing is not touched). Never throws; an error in
 * `isStale` keeps the file. Returns the names removed.
 *
 * @example
 * const removed = await sweepTemporaries('/out', staleJobCheck(queue, 10_000));
 */
export async function sweepTemporaries(directory: string, isStale: (jobId: string) => Promise<boolean>): Promise<string[]> {
  const stale = new Set<string>();
  for (const name of listNames(directory)) {
    const jobId = TEMPORARY.exec(name)?.[1];
    if (jobId !== undefined && (await isStale(jobId).catch(() => false))) stale.add(name);
  }
  return removeNamed(directory, (name) => stale.has(name));
}

/**
 * The part of a BullMQ queue {@link staleJobCheck} reads.
 *
 * @example
 * const jobs: JobLookup = queue;
 */
export interface JobLookup {
  getJob(id: string): Promise<{ getState(): Promise<string> } | undefined>;
}

/**
 * Whether a job's temporary files are stale, read from the queue: they are when the job is in
 * the queue and not active (waiting, delayed, completed, failed: its lock is held by no worker,
 * so whoever wrote them died or lost it). An active job's files are kept (the worker that holds it
 * removes those of its dead predecessors when it starts), and so are those of a job the queue does
 * not know (another queue's worker may write into the same directory). Each lookup waits at most
 * `timeoutMs`; one that fails or times out rejects (the file is then kept).
 *
 * @example
 * const isStale = staleJobCheck(queue, 10_000);
 * await isStale('000001-3f9a0c1b'); // true once the job is completed
 */
export function staleJobCheck(queue: JobLookup, timeoutMs: number): (jobId: string) => Promise<boolean> {
  return async (jobId) => {
    const state = await within(
      queue.getJob(jobId).then((job) => (job === undefined ? 'unknown' : job.getState())),
      timeoutMs,
      `reading job ${jobId}`,
    );
    return state !== 'active' && state !== 'unknown';
  };
}

function listNames(directory: string): string[] {
  try {
    return readdirSync(directory);
  } catch {
    return [];
  }
}

function removeNamed(directory: string, wanted: (name: string) => boolean): string[] {
  const removed: string[] = [];
  for (const name of listNames(directory)) {
    if (!wanted(name)) continue;
    try {
      rmSync(join(directory, name), { force: true });
      removed.push(name);
    } catch {
      // Another worker removed it first, or the directory is read-only: nothing to do.
    }
  }
  return removed;
}
