import type { Shard } from './cli-options.js';
import { UsageError } from './usage-error.js';

/**
 * Parses `--shard k/n` (1-based: `1/4` … `4/4`). `auto` is read by {@link shardFromScheduler}.
 *
 * @example
 * parseShard('2/4'); // { index: 2, count: 4 }
 * parseShard('0/4'); // throws UsageError
 */
export function parseShard(value: string): Shard {
  const match = /^(\d{1,9})\/(\d{1,9})$/.exec(value.trim());
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard must be k/n with 1 ≤ k ≤ n (k is 1-based), or auto, got '${value}'`);
  }
  return { index, count };
}

/**
 * Whether the 1-based item number (JSONL line, or input file in whole-file and WARC mode) belongs
 * to the shard: item L is in shard ((L − 1) mod n) + 1. With no shard, every item does.
 *
 * @example
 * inShard(5, { index: 1, count: 4 }); // true: lines 1, 5, 9, …
 * inShard(5, null); // true
 */
export function inShard(itemNumber: number, shard: Shard | null): boolean {
  return shard === null || (itemNumber - 1) % shard.count === shard.index - 1;
}

/**
 * A shard read from a scheduler's environment, with the variables it came from (printed on
 * stderr, so a log says which task did what).
 *
 * @example
 * const found: SchedulerShard = { shard: { index: 3, count: 8 }, scheduler: 'AWS Batch', used: ['AWS_BATCH_JOB_ARRAY_INDEX=2', 'AWS_BATCH_JOB_ARRAY_SIZE=8'] };
 */
export interface SchedulerShard {
  /** The 1-based shard. */
  shard: Shard;
  /** `SLURM`, `Kubernetes` or `AWS Batch`. */
  scheduler: string;
  /** `NAME=value` of each variable (or flag) read. */
  used: string[];
}

/** The variable that gives the shard count where the scheduler sets none (Kubernetes). */
const SHARD_COUNT_VARIABLE = 'EMBEDSIFT_SHARD_COUNT';

/**
 * Reads `--shard auto` from the array-job scheduler's environment, first match wins:
 * - SLURM job arrays: `SLURM_ARRAY_TASK_ID`, `SLURM_ARRAY_TASK_MIN`, `SLURM_ARRAY_TASK_COUNT`
 *   (and `SLURM_ARRAY_TASK_STEP` for `--array=0-30:10`): shard (ID − MIN) / STEP + 1 of COUNT;
 * - AWS Batch array jobs: `AWS_BATCH_JOB_ARRAY_INDEX` (from 0) and `AWS_BATCH_JOB_ARRAY_SIZE`;
 * - Kubernetes Indexed Jobs: `JOB_COMPLETION_INDEX` (from 0), the count from `--shard-count` or
 *   `EMBEDSIFT_SHARD_COUNT` (set it to the Job's `completions`).
 * `countOverride` (`--shard-count`) replaces the count of any of them. Throws {@link UsageError}
 * when no scheduler is found or its values do not make a shard.
 *
 * @example
 * shardFromScheduler({ JOB_COMPLETION_INDEX: '0', EMBEDSIFT_SHARD_COUNT: '4' }, null).shard; // { index: 1, count: 4 }
 */
export function shardFromScheduler(env: Readonly<Record<string, string | undefined>>, countOverride: number | null): SchedulerShard {
  const used: string[] = [];
  const has = (name: string): boolean => (env[name] ?? '').trim() !== '';
  const read = (name: string): number | null => {
    const raw = env[name];
    if (raw === undefined || raw.trim() === '') return null;
    used.push(`${name}=${raw}`);
    if (!/^\d{1,9}$/.test(raw.trim())) throw new UsageError(`--shard auto: ${name} must be a whole number, got '${raw}'`);
    return Number(raw.trim());
  };
  const count = (name: string | null): number => {
    if (countOverride !== null) {
      used.push(`--shard-count ${countOverride}`);
      return countOverride;
    }
    const value = name === null ? null : read(name);
    if (value === null) throw new UsageError(`--shard auto: ${name ?? 'the count'} is not set; give --shard-count N`);
    return value;
  };
  const make = (scheduler: string, index: number, total: number): SchedulerShard => {
    if (total < 1 || index < 1 || index > total) {
      throw new UsageError(`--shard auto: ${used.join(', ')} give shard ${index} of ${total}, which does not exist; give --shard k/n`);
    }
    return { shard: { index, count: total }, scheduler, used };
  };

  if (has('SLURM_ARRAY_TASK_ID')) {
    const id = read('SLURM_ARRAY_TASK_ID') ?? 0;
    const min = read('SLURM_ARRAY_TASK_MIN');
    if (min === null) throw new UsageError('--shard auto: SLURM_ARRAY_TASK_MIN is not set');
    const step = read('SLURM_ARRAY_TASK_STEP') ?? 1;
    const total = count('SLURM_ARRAY_TASK_COUNT');
    if (step < 1 || (id - min) % step !== 0) {
      throw new UsageError(
        `--shard auto: ${used.join(', ')} are not a regular array (ID − MIN is not a multiple of STEP); give --shard k/n`,
      );
    }
    return make('SLURM', (id - min) / step + 1, total);
  }
  if (has('AWS_BATCH_JOB_ARRAY_INDEX')) {
    const index = read('AWS_BATCH_JOB_ARRAY_INDEX') ?? 0;
    return make('AWS Batch', index + 1, count('AWS_BATCH_JOB_ARRAY_SIZE'));
  }
  if (has('JOB_COMPLETION_INDEX')) {
    const index = read('JOB_COMPLETION_INDEX') ?? 0;
    return make('Kubernetes', index + 1, count(SHARD_COUNT_VARIABLE));
  }
  throw new UsageError(
    '--shard auto found no array-job scheduler: none of SLURM_ARRAY_TASK_ID (SLURM), AWS_BATCH_JOB_ARRAY_INDEX (AWS Batch), JOB_COMPLETION_INDEX (Kubernetes Indexed Job) is set',
  );
}
