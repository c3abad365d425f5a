// --shard k/n and --shard auto (issue 18): the split is a partition for any count, and each
// array-job scheduler's variables map to the right 1-based shard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inShard, parseShard, shardFromScheduler } from '../../src/cli/shard.js';
import { parseJsonl, runCli } from './run-built-cli.js';
import { usageMessage } from './usage-message.js';

describe('shards are disjoint and cover every input', () => {
  it('for any count and any number of inputs, every input is in exactly one shard', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 0, max: 500 }), (count, items) => {
        for (let item = 1; item <= items; item++) {
          let owners = 0;
          for (let index = 1; index <= count; index++) if (inShard(item, { index, count })) owners++;
          if (owners !== 1) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('every scheduler task of an array of any size gets a distinct shard, and together they are all of them', () => {
    const schedulers = [
      (task: number, size: number, min: number) => ({
        SLURM_ARRAY_TASK_ID: String(min + task),
        SLURM_ARRAY_TASK_MIN: String(min),
        SLURM_ARRAY_TASK_COUNT: String(size),
      }),
      (task: number, size: number) => ({ AWS_BATCH_JOB_ARRAY_INDEX: String(task), AWS_BATCH_JOB_ARRAY_SIZE: String(size) }),
      (task: number, size: number) => ({ JOB_COMPLETION_INDEX: String(task), EMBEDSIFT_SHARD_COUNT: String(size) }),
    ];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 1000 }), fc.nat(2), (size, min, which) => {
        const env = schedulers[which] as (task: number, size: number, min: number) => Record<string, string>;
        const seen = new Set<number>();
        for (let task = 0; task < size; task++) {
          const { shard } = shardFromScheduler(env(task, size, min), null);
          if (shard.count !== size || seen.has(shard.index)) return false;
          seen.add(shard.index);
        }
        return seen.size === size && [...seen].every((index) => index >= 1 && index <= size);
      }),
      { numRuns: 200 },
    );
  });
});

describe('--shard auto: each scheduler', () => {
  it('SLURM: SLURM_ARRAY_TASK_ID − SLURM_ARRAY_TASK_MIN + 1 of SLURM_ARRAY_TASK_COUNT (an array that starts at 1 or at 0)', () => {
    expect(
      shardFromScheduler(
        { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '8', SLURM_ARRAY_TASK_MAX: '8' },
        null,
      ),
    ).toEqual({
      shard: { index: 1, count: 8 },
      scheduler: 'SLURM',
      used: ['SLURM_ARRAY_TASK_ID=1', 'SLURM_ARRAY_TASK_MIN=1', 'SLURM_ARRAY_TASK_COUNT=8'],
    });
    expect(shardFromScheduler({ SLURM_ARRAY_TASK_ID: '7', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_COUNT: '8' }, null).shard).toEqual({
      index: 8,
      count: 8,
    });
  });

  it('SLURM with a step (--array=0-30:10): SLURM_ARRAY_TASK_STEP divides', () => {
    const env = { SLURM_ARRAY_TASK_ID: '20', SLURM_ARRAY_TASK_MIN: '0', SLURM_ARRAY_TASK_STEP: '10', SLURM_ARRAY_TASK_COUNT: '4' };
    expect(shardFromScheduler(env, null).shard).toEqual({ index: 3, count: 4 });
  });

  it('SLURM with an irregular array (--array=1,4,9): a usage error that says to give --shard k/n', () => {
    const env = { SLURM_ARRAY_TASK_ID: '9', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '3' };
    expect(usageMessage(() => shardFromScheduler(env, null))).toMatch(/give shard 9 of 3, which does not exist; give --shard k\/n/);
  });

  it('AWS Batch: AWS_BATCH_JOB_ARRAY_INDEX (from 0) + 1 of AWS_BATCH_JOB_ARRAY_SIZE', () => {
    expect(shardFromScheduler({ AWS_BATCH_JOB_ARRAY_INDEX: '0', AWS_BATCH_JOB_ARRAY_SIZE: '10' }, null)).toEqual({
      shard: { index: 1, count: 10 },
      scheduler: 'AWS Batch',
      used: ['AWS_BATCH_JOB_ARRAY_INDEX=0', 'AWS_BATCH_JOB_ARRAY_SIZE=10'],
    });
    expect(shardFromScheduler({ AWS_BATCH_JOB_ARRAY_INDEX: '9', AWS_BATCH_JOB_ARRAY_SIZE: '10' }, null).shard).toEqual({
      index: 10,
      count: 10,
    });
  });

  it('Kubernetes Indexed Job: JOB_COMPLETION_INDEX (from 0) + 1, the count from EMBEDSIFT_SHARD_COUNT or --shard-count', () => {
    expect(shardFromScheduler({ JOB_COMPLETION_INDEX: '2', EMBEDSIFT_SHARD_COUNT: '5' }, null)).toEqual({
      shard: { index: 3, count: 5 },
      scheduler: 'Kubernetes',
      used: ['JOB_COMPLETION_INDEX=2', 'EMBEDSIFT_SHARD_COUNT=5'],
    });
    expect(shardFromScheduler({ JOB_COMPLETION_INDEX: '2', EMBEDSIFT_SHARD_COUNT: '5' }, 6)).toEqual({
      shard: { index: 3, count: 6 },
      scheduler: 'Kubernetes',
      used: ['JOB_COMPLETION_INDEX=2', '--shard-count 6'],
    });
    expect(usageMessage(() => shardFromScheduler({ JOB_COMPLETION_INDEX: '2' }, null))).toMatch(
      /EMBEDSIFT_SHARD_COUNT is not set; give --shard-count N/,
    );
  });

  it('no scheduler, or values that are not numbers: a usage error naming the variables', () => {
    expect(usageMessage(() => shardFromScheduler({ PATH: '/usr/bin' }, null))).toMatch(
      /found no array-job scheduler: none of SLURM_ARRAY_TASK_ID/,
    );
    expect(usageMessage(() => shardFromScheduler({ AWS_BATCH_JOB_ARRAY_INDEX: 'x', AWS_BATCH_JOB_ARRAY_SIZE: '2' }, null))).toMatch(
      /AWS_BATCH_JOB_ARRAY_INDEX must be a whole number, got 'x'/,
    );
    expect(usageMessage(() => parseShard('auto/4'))).toMatch(/--shard must be k\/n/);
  });
});

describe('--shard auto on the command line', () => {
  const input = Array.from({ length: 10 }, (_, i) => JSON.stringify({ id: `n${i + 1}`, text: `Article ${i + 1}.` })).join('\n');
  const idsOf = (stdout: string) => parseJsonl(stdout).map((line) => line.id);

  it('a SLURM array of 3 tasks: each task says which variables it used, and the parts cover every line once', async () => {
    const runs = await Promise.all(
      [5, 6, 7].map((task) =>
        runCli(['extract', '--from', 'jsonl', '--shard', 'auto', '--workers', '0'], input, {
          SLURM_ARRAY_TASK_ID: String(task),
          SLURM_ARRAY_TASK_MIN: '5',
          SLURM_ARRAY_TASK_COUNT: '3',
        }),
      ),
    );
    runs.forEach((run, i) => {
      expect(run.code).toBe(0);
      expect(run.stderr).toBe(
        `embedsift: --shard auto: SLURM (SLURM_ARRAY_TASK_ID=${5 + i}, SLURM_ARRAY_TASK_MIN=5, SLURM_ARRAY_TASK_COUNT=3): shard ${i + 1}/3\n`,
      );
    });
    expect(runs.map((run) => idsOf(run.stdout))).toEqual([
      ['n1', 'n4', 'n7', 'n10'],
      ['n2', 'n5', 'n8'],
      ['n3', 'n6', 'n9'],
    ]);
  });

  it('outside any scheduler: exit 2 and nothing written', async () => {
    const clean = { SLURM_ARRAY_TASK_ID: '', AWS_BATCH_JOB_ARRAY_INDEX: '', JOB_COMPLETION_INDEX: '' };
    const run = await runCli(['extract', '--from', 'jsonl', '--shard', 'auto'], input, clean);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--shard auto found no array-job scheduler/);
  });
});
