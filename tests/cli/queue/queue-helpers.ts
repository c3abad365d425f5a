// Shared by the job-queue tests: a local redis-server, the built command as a child process, and
// reading the queue's state through `embedsift status --to json`.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { redisAvailable, startRedis, type LocalRedis } from '../../expand/helpers/stalled-servers.js';
import { cliPath, root, runCli } from '../run-built-cli.js';

export { redisAvailable, startRedis, type LocalRedis };

/** Runs `embedsift enqueue extract --from jsonl` of `files` on queue `name`, `batchLines` lines a job. */
export function enqueueJsonl(url: string, name: string, batchLines: number, files: string[], extra: string[] = []) {
  const flags = ['--queue', url, '--queue-name', name, '--batch-lines', String(batchLines), ...extra];
  return runCli(['enqueue', 'extract', '--from', 'jsonl', ...flags, ...files]);
}

/** A writable stream that keeps what is written to it, as text. */
export function textStream(): NodeJS.WritableStream & { text(): string } {
  let text = '';
  const stream = {
    write(chunk: string | Uint8Array) {
      text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      return true;
    },
    text: () => text,
  };
  return stream as unknown as NodeJS.WritableStream & { text(): string };
}

/** Each queue test starts several processes one after the other: on a loaded machine that takes a while. */
export const SLOW = { timeout: 240_000 };

/** One JSONL line: an invented article with a status link and a signature. */
export const article = (id: string): string =>
  `${JSON.stringify({ id, text: `Report ${id}.\n\nhttps://x.com/desk/status/${id.length}000${id.charCodeAt(0)}\n\n— Desk (@desk) May 1, 2024` })}\n`;

/** A local redis-server and a scratch directory for the tests of one describe block. */
export interface QueueWorkspace {
  /** The running redis-server (set in beforeAll). */
  redis(): LocalRedis;
  /** Writes a file into the scratch directory and returns its path. */
  write(name: string, content: string | Buffer): string;
  /** A path in the scratch directory. */
  path(name: string): string;
}

/** Starts redis-server and makes a scratch directory before the block's tests; stops and removes them after. */
export function useQueueWorkspace(): QueueWorkspace {
  let redis: LocalRedis | undefined;
  let directory = '';
  beforeAll(async () => {
    redis = await startRedis();
    directory = mkdtempSync(join(tmpdir(), 'embedsift-queue-'));
  });
  afterAll(() => {
    redis?.stop();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });
  return {
    redis: () => {
      if (redis === undefined) throw new Error('redis-server is not started yet');
      return redis;
    },
    write: (name, content) => {
      const path = join(directory, name);
      writeFileSync(path, content);
      return path;
    },
    path: (name) => join(directory, name),
  };
}

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
