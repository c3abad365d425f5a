// Issue 18, the kill test: a real redis-server on 127.0.0.1, a corpus of 200 invented articles in
// 40 jobs, three `embedsift work` processes; two are killed with SIGKILL in the middle of a job (a
// temporary part of theirs is on the disk at that moment) and one is started again. At the end
// every article has exactly one output line, the merged parts equal a single run's output byte
// for byte, the queue says every job completed, none failed, and no temporary part is left (the
// dead workers' ones were swept). It runs twice: on a JSONL corpus (jobs of 5 lines) and on a
// Parquet table (row groups of 20 rows, jobs of 5 rows, so each group is cut in four). About 25 s
// each, so it is in the slow project (`npm run test:linearity`, `*.scale.test.ts`), which CI runs too.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peers, writeTable } from '../parquet-tables.js';
import { parseJsonl, runCli, textFixtures } from '../run-built-cli.js';
import {
  type LocalRedis,
  mergedParts,
  partFiles,
  queueStatus,
  redisAvailable,
  startRedis,
  startWorker,
  type WorkerProcess,
  waitFor,
} from './queue-helpers.js';

const hasRedis = redisAvailable('tests/cli/queue/work-kill.scale.test.ts');
const ARTICLES = 200;
const PER_JOB = 5;
/** Short locks, so that a dead worker's job comes back within seconds. */
const LOCK_MS = '3000';

/** Invented articles: a fixture with its embeds, then about 24 KB of invented filler, so that a job takes a while to parse. */
function corpus(): { ids: string[]; texts: string[] } {
  const fixtures = textFixtures();
  const filler = 'The council met on Tuesday to discuss the new cycle lanes along the river. '.repeat(320);
  const ids = Array.from({ length: ARTICLES }, (_, i) => `story-${i + 1}`);
  const texts = ids.map((_, i) => `${filler}\n\n${fixtures[i % fixtures.length]?.text ?? ''}`);
  return { ids, texts };
}

/** How one kind of input is written, queued in 40 jobs, and run in one go for comparison. */
interface InputKind {
  name: string;
  /** Names its queue and output directory. */
  id: string;
  /** Writes the corpus into `directory`; returns the input file. */
  write(directory: string, ids: string[], texts: string[]): string;
  /** The enqueue flags (besides the queue's). */
  enqueue: string[];
  /** The flags of the single run. */
  single: string[];
  /** Skipped (with a notice) when its optional packages are not installed. */
  skip: boolean;
}

const KINDS: InputKind[] = [
  {
    name: 'JSONL lines',
    id: 'jsonl',
    write(directory, ids, texts) {
      const input = join(directory, 'corpus.jsonl');
      writeFileSync(input, ids.map((id, i) => `${JSON.stringify({ id, text: texts[i] })}\n`).join(''));
      return input;
    },
    enqueue: ['--from', 'jsonl', '--batch-lines', String(PER_JOB)],
    single: ['--from', 'jsonl'],
    skip: false,
  },
  {
    name: 'Parquet rows',
    id: 'parquet',
    write(directory, ids, texts) {
      const input = join(directory, 'corpus.parquet');
      writeTable(
        input,
        [
          { name: 'id', data: ids, type: 'STRING' },
          { name: 'text', data: texts, type: 'STRING' },
        ],
        20,
      );
      return input;
    },
    enqueue: ['--from', 'parquet', '--batch-rows', String(PER_JOB)],
    single: ['--from', 'parquet'],
    skip: peers === null,
  },
];

/** The temporary part files of the worker with `pid` (present only while it is in the middle of a job). */
function temporaryPartsOf(directory: string, pid: number): string[] {
  return readdirSync(directory).filter((name) => name.startsWith('.part-') && name.includes(`.${pid}-`));
}

describe.skipIf(!hasRedis)('embedsift work: workers killed in the middle of a job lose and duplicate nothing', () => {
  let redis: LocalRedis;
  let directory: string;
  const workers: WorkerProcess[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    directory = mkdtempSync(join(tmpdir(), 'embedsift-queue-kill-'));
  });
  afterAll(() => {
    for (const worker of workers) worker.child.kill('SIGKILL');
    redis?.stop();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  // A kind whose optional packages are missing is left out (parquet-tables.ts says so on stderr).
  it.each(KINDS.filter((kind) => !kind.skip))(
    '$name: every article exactly once, every job completed, no temporary part left',
    async (kind) => {
      const mine: WorkerProcess[] = [];
      const start = (args: string[]): WorkerProcess => {
        const worker = startWorker(args);
        mine.push(worker);
        workers.push(worker);
        return worker;
      };
      const { ids, texts } = corpus();
      const input = kind.write(directory, ids, texts);
      const queue = `kill-${kind.id}`;
      const out = join(directory, `out-${kind.id}`);

      const queued = await runCli(['enqueue', 'extract', ...kind.enqueue, '--queue', redis.url, '--queue-name', queue, input]);
      expect(queued.stderr).toMatch(/queued 40 job/);
      expect(queued.code).toBe(0);

      const workArgs = ['--queue', redis.url, '--queue-name', queue, '-o', out, '--workers', '0', '--lock-ms', LOCK_MS];
      for (let i = 0; i < 3; i++) start(workArgs);
      const [first, second, third] = mine as [WorkerProcess, WorkerProcess, WorkerProcess];

      // Kill the first worker while a temporary part of its is on the disk: in the middle of a job.
      const killMidJob = async (victim: WorkerProcess): Promise<boolean> => {
        await waitFor(() => existsSync(out) && temporaryPartsOf(out, victim.pid).length > 0, 60_000, `worker ${victim.pid} in a job`, 2);
        victim.child.kill('SIGKILL');
        await victim.exited;
        return temporaryPartsOf(out, victim.pid).length > 0;
      };
      const firstMidJob = await killMidJob(first);
      const restarted = start(workArgs);
      // Kill the second after a few more jobs are done.
      await waitFor(() => partFiles(out).length >= 15, 60_000, '15 parts');
      const secondMidJob = await killMidJob(second);
      // At least one of the two was caught with a job in hand (its temporary part is still there).
      expect(firstMidJob || secondMidJob).toBe(true);

      const [thirdExit, restartedExit] = await Promise.all([third.exited, restarted.exited]);
      expect(thirdExit, third.stderr()).toEqual({ code: 0, signal: null });
      expect(restartedExit, restarted.stderr()).toEqual({ code: 0, signal: null });

      const status = await queueStatus(redis.url, queue);
      expect(status.counts).toMatchObject({ waiting: 0, active: 0, delayed: 0, completed: 40, failed: 0 });
      expect(status.failed).toEqual([]);

      // Exactly one line per article, in corpus order, and the same bytes as one single run; the
      // killed workers' temporary parts are gone.
      expect(partFiles(out)).toHaveLength(40);
      expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
      const merged = mergedParts(out);
      const lines = parseJsonl(merged);
      expect(lines.map((line) => line.id)).toEqual(ids);
      expect(lines.every((line) => Array.isArray(line.embeds) && line.error === undefined)).toBe(true);
      const single = await runCli(['extract', ...kind.single, '--workers', '0', input]);
      expect(single.code).toBe(0);
      expect(merged).toBe(single.stdout);
    },
  );
});
