import { isAbsolute, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { CliOptions } from '../cli-options.js';
import { parseWholeNumber } from '../flag-values.js';
import { cliFlags, parseArguments } from '../parse-arguments.js';
import { UsageError } from '../usage-error.js';

/**
 * Where a queue lives and how long one Redis call may wait: common to the three commands.
 *
 * @example
 * const where: QueueTarget = { url: 'redis://127.0.0.1:6379', name: 'embedsift', timeoutMs: 10000 };
 */
export interface QueueTarget {
  /** `--queue redis://…` (or `rediss://…`). */
  url: string;
  /** `--queue-name` (default `embedsift`): several corpora can share one Redis. */
  name: string;
  /** `--queue-timeout-ms`: the longest wait to connect, and (enqueue, status) for one command. */
  timeoutMs: number;
}

/**
 * A parsed queue command line.
 *
 * @example
 * const parsed = parseQueueArguments(['status', '--queue', 'redis://127.0.0.1:6379']);
 */
export type QueueArguments =
  | {
      command: 'enqueue';
      target: QueueTarget;
      /** The extract/convert options, validated (files as absolute paths). */
      options: CliOptions;
      /** The extract/convert flags as given, without the input operands: what each job runs with. */
      args: string[];
      /** `--batch-lines`: JSONL lines per job. */
      batchLines: number;
      /** `--batch-rows`: Parquet rows per job. */
      batchRows: number;
      /** `--batch-files`: whole files per job. */
      batchFiles: number;
      /** `--attempts`: tries per job before it lands in the failed list. */
      attempts: number;
    }
  | {
      command: 'work';
      target: QueueTarget;
      /** `-o DIR`: where each job's `part-<id>.jsonl` goes. */
      outputDir: string;
      /** `--workers`: parser threads per job (0: the main thread). */
      workers: number;
      /** `--lock-ms`: a job whose worker is silent this long is taken back and run again. */
      lockMs: number;
      /** `--max-stalls`: how often a job may lose its worker before it fails. */
      maxStalls: number;
    }
  | { command: 'status'; target: QueueTarget; json: boolean };

const TARGET_FLAGS = {
  queue: { type: 'string' },
  'queue-name': { type: 'string' },
  'queue-timeout-ms': { type: 'string' },
} as const;

const ENQUEUE_FLAGS = {
  ...TARGET_FLAGS,
  'batch-lines': { type: 'string' },
  'batch-rows': { type: 'string' },
  'batch-files': { type: 'string' },
  attempts: { type: 'string' },
} as const;
const WORK_FLAGS = {
  ...TARGET_FLAGS,
  output: { type: 'string', short: 'o' },
  workers: { type: 'string', short: 'w' },
  'lock-ms': { type: 'string' },
  'max-stalls': { type: 'string' },
} as const;
const STATUS_FLAGS = { ...TARGET_FLAGS, to: { type: 'string', short: 't' } } as const;

/** Flags of the processing command that a queue sets itself. */
const NOT_QUEUED: Record<string, string> = {
  output: 'each job writes part-<id>.jsonl in the directory given to embedsift work -o DIR',
  shard: 'the queue hands out the work itself',
  'shard-count': 'the queue hands out the work itself',
  workers: 'give --workers to embedsift work',
  progress: 'embedsift status shows progress',
  'no-progress': 'embedsift status shows progress',
};

/**
 * Parses `embedsift enqueue|work|status …`. Throws {@link UsageError} for anything wrong.
 *
 * @example
 * const parsed = parseQueueArguments(['enqueue', 'extract', '--from', 'jsonl', '--queue', 'redis://127.0.0.1:6379', 'corpus.jsonl']);
 */
export function parseQueueArguments(argv: readonly string[]): QueueArguments {
  const [command, ...rest] = argv;
  if (command === 'enqueue') return parseEnqueue(rest);
  if (command === 'work') {
    const values = strictValues(rest, WORK_FLAGS, 'work');
    const output = values.output;
    if (output === undefined || output === '' || output === '-')
      throw new UsageError('embedsift work needs -o DIR: each job writes its part file there');
    return {
      command,
      target: targetOf(values),
      outputDir: resolve(output),
      workers: values.workers === undefined ? availableParallelism() : parseWholeNumber('--workers', values.workers, 0, 256),
      lockMs: values['lock-ms'] === undefined ? 30_000 : parseWholeNumber('--lock-ms', values['lock-ms'], 100, 3_600_000),
      maxStalls: values['max-stalls'] === undefined ? 2 : parseWholeNumber('--max-stalls', values['max-stalls'], 0, 100),
    };
  }
  if (command === 'status') {
    const values = strictValues(rest, STATUS_FLAGS, 'status');
    const to = values.to ?? 'text';
    if (to !== 'text' && to !== 'json') throw new UsageError(`embedsift status --to must be text or json, got '${to}'`);
    return { command, target: targetOf(values), json: to === 'json' };
  }
  throw new UsageError(`unknown queue command '${command ?? ''}'`);
}

function parseEnqueue(argv: readonly string[]): QueueArguments {
  const { taken, rest } = takeFlags(argv, Object.keys(ENQUEUE_FLAGS));
  const command = rest[0];
  if (command !== 'extract' && command !== 'convert') {
    throw new UsageError(
      'embedsift enqueue needs the command each job runs: embedsift enqueue extract|convert [options] --queue URL FILE…',
    );
  }
  const { tokens } = parseArgs({ args: rest, options: cliFlags, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'option' && NOT_QUEUED[token.name] !== undefined) {
      throw new UsageError(`embedsift enqueue: --${token.name} is not for a queued run: ${NOT_QUEUED[token.name]}`);
    }
  }
  const parsed = parseArguments(rest, {});
  if (parsed.kind !== 'run') throw new UsageError('embedsift enqueue needs extract or convert and the input FILEs');
  const options = parsed.options;
  if (options.files.includes('-'))
    throw new UsageError('embedsift enqueue needs input FILEs that every worker can read: stdin cannot be queued');
  if (options.toGiven && options.to !== 'jsonl') throw new UsageError('embedsift enqueue: a queued run writes JSONL parts: use --to jsonl');
  // The flags each job runs with: every token but the command and the input operands.
  const args: string[] = [];
  let positional = 0;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positional++;
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    args.push(token.rawName);
    if (token.value !== undefined) args.push(token.value);
  }
  if (positional < 2) throw new UsageError('embedsift enqueue needs the input FILEs (paths every worker can read)');
  const values = taken;
  if (options.mode === 'parquet' && values['batch-lines'] !== undefined)
    throw new UsageError('embedsift enqueue: --batch-lines counts JSONL lines; Parquet jobs are cut by --batch-rows');
  if (options.mode === 'jsonl' && values['batch-rows'] !== undefined)
    throw new UsageError('embedsift enqueue: --batch-rows counts Parquet rows; JSONL jobs are cut by --batch-lines');
  return {
    command: 'enqueue',
    target: targetOf(values),
    options: { ...options, files: options.files.map((file) => (isAbsolute(file) ? file : resolve(file))) },
    args,
    batchLines: values['batch-lines'] === undefined ? 10_000 : parseWholeNumber('--batch-lines', values['batch-lines'], 1, 100_000_000),
    batchRows: values['batch-rows'] === undefined ? 10_000 : parseWholeNumber('--batch-rows', values['batch-rows'], 1, 100_000_000),
    batchFiles: values['batch-files'] === undefined ? 100 : parseWholeNumber('--batch-files', values['batch-files'], 1, 1_000_000),
    attempts: values.attempts === undefined ? 3 : parseWholeNumber('--attempts', values.attempts, 1, 100),
  };
}

function strictValues<T extends Record<string, { type: 'string'; short?: string }>>(
  argv: readonly string[],
  options: T,
  command: string,
): Partial<Record<keyof T, string>> {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    if (positionals.length > 0) throw new UsageError(`embedsift ${command} takes no operand, got '${positionals[0]}'`);
    return values as Partial<Record<keyof T, string>>;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`embedsift ${command}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Takes `--name VALUE` and `--name=VALUE` of the given flags out of `argv` (up to a `--`). */
function takeFlags(argv: readonly string[], names: readonly string[]): { taken: Record<string, string>; rest: string[] } {
  const taken: Record<string, string> = {};
  const rest: string[] = [];
  for (let at = 0; at < argv.length; at++) {
    const arg = argv[at] ?? '';
    if (arg === '--') {
      for (; at < argv.length; at++) rest.push(argv[at] ?? '');
      break;
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
    const name = match?.[1];
    if (match === null || name === undefined || !names.includes(name)) {
      rest.push(arg);
      continue;
    }
    const value = match[2] ?? argv[++at];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    if (taken[name] !== undefined) throw new UsageError(`--${name} is given twice`);
    taken[name] = value;
  }
  return { taken, rest };
}

function targetOf(values: {
  queue?: string | undefined;
  'queue-name'?: string | undefined;
  'queue-timeout-ms'?: string | undefined;
}): QueueTarget {
  const url = values.queue;
  if (url === undefined) throw new UsageError('the job queue needs --queue redis://HOST:PORT');
  if (!/^rediss?:\/\/[^\s]+$/i.test(url)) throw new UsageError(`--queue must be a redis:// or rediss:// URL, got '${url}'`);
  const name = values['queue-name'] ?? 'embedsift';
  if (!/^[\w.-]{1,100}$/.test(name)) throw new UsageError(`--queue-name must be letters, digits, '.', '_' or '-', got '${name}'`);
  const timeoutMs =
    values['queue-timeout-ms'] === undefined ? 10_000 : parseWholeNumber('--queue-timeout-ms', values['queue-timeout-ms'], 100, 600_000);
  return { url, name, timeoutMs };
}
