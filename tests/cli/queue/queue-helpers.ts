// Shared by the job-queue tests: a local redis-server, the built command as a child process, and
// reading the queue's state through `embedsift status --to json`.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { redisAvailable, startRedis, type LocalRedis } from '../../expand/helpers/stalled-servers.js';
import { cliPath, root, runCli } from '../run-built-cli.js';

export { redisAvailable, startRedis, type LocalRedis };

/** A running `embedsift work`, with what it wrote on stderr so far and its exit. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `node dist/cli.js work …args`. */
export function startWorker(args: string[]): WorkerProcess {
  const child = spawn(process.execPath, [cliPath, 'work', ...args], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  const err: Buffer[] = [];
  child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );
  return { child, pid: child.pid ?? -1, stderr: () => Buffer.concat(err).toString('utf8'), exited };
}

/** What `embedsift status --to json` prints. */
export interface QueueStatus {
  counts: Record<string, number>;
  failed: { id: string; attempts: number; reason: string; input: string }[];
}

/** The queue's state, read with `embedsift status --to json`. */
export async function queueStatus(url: string, name: string): Promise<QueueStatus> {
  const run = await runCli(['status', '--queue', url, '--queue-name', name, '--to', 'json']);
  if (run.code !== 0) throw new Error(`status failed (${run.code}): ${run.stderr}`);
  return JSON.parse(run.stdout) as QueueStatus;
}

/** The part files of an output directory, in name order (temporary files, which start with '.', are not parts). */
export function partFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.startsWith('part-') && name.endsWith('.jsonl'))
    .sort();
}

/** The parts of a directory joined in name order: the merged output. */
export function mergedParts(directory: string): string {
  return partFiles(directory)
    .map((name) => readFileSync(join(directory, name), 'utf8'))
    .join('');
}

/** Waits until `check` returns true, polling every `everyMs`; throws after `timeoutMs`. */
export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
