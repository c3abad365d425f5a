import { createReadStream, statSync } from 'node:fs';
import type { CliOptions } from '../cli-options.js';
import { looksLikeWarc, readHead } from '../sniff-warc.js';
import { UsageError } from '../usage-error.js';
import type { QueueJobData } from './queue-job.js';

/** A JSONL job holds at most this many bytes, however few its lines. */
const MAX_JOB_BYTES = 64 << 20;
/** Bytes read from a file to recognise WARC (as the command does). */
const SNIFF_BYTES = 1024;

/**
 * How {@link planJobs} splits a corpus.
 *
 * @example
 * const plan: PlanSettings = { command: 'extract', args: ['--from', 'jsonl'], batchLines: 10000, batchFiles: 100 };
 */
export interface PlanSettings {
  /** `extract` or `convert`. */
  command: QueueJobData['command'];
  /** The flags every job runs with. */
  args: string[];
  /** JSONL lines per job. */
  batchLines: number;
  /** Whole files per job. */
  batchFiles: number;
}

/**
 * Splits the inputs of a queued run into jobs, in input order. JSONL: byte ranges of whole lines,
 * `batchLines` lines (at most 64 MiB) each, numbered across the files as `--from jsonl` numbers
 * them; the files are read once, a chunk at a time. WARC: one job per file. Whole files: runs of
 * `batchFiles` files; with `--from auto`, each file that opens with a WARC record is a WARC job of
 * its own. Every input must be a readable regular file: one that is not is a {@link UsageError}
 * and nothing is queued.
 *
 * @example
 * const jobs = await planJobs(options, { command: 'extract', args: ['--from', 'jsonl'], batchLines: 10000, batchFiles: 100 });
 */
export async function planJobs(options: CliOptions, settings: PlanSettings): Promise<QueueJobData[]> {
  const { command, args } = settings;
  for (const file of options.files) checkReadable(file);
  const jobs: QueueJobData[] = [];
  if (options.mode === 'jsonl') {
    let line = 1;
    for (const file of options.files) {
      for await (const range of lineRanges(file, settings.batchLines)) {
        jobs.push({ v: 1, command, args, input: { kind: 'lines', file, start: range.start, end: range.end, firstLine: line } });
        line += range.lines;
      }
    }
    return jobs;
  }
  const warcArgs = options.mode === 'warc' ? args : [...args, '--from', 'warc', '--to', 'jsonl'];
  const fileArgs = args.includes('--to') || args.includes('-t') ? args : [...args, '--to', 'jsonl'];
  let run: string[] = [];
  const endRun = (): void => {
    if (run.length > 0) jobs.push({ v: 1, command, args: fileArgs, input: { kind: 'files', files: run } });
    run = [];
  };
  for (const file of options.files) {
    const warc = options.mode === 'warc' || (options.format === 'auto' && looksLikeWarc(readHead(file, SNIFF_BYTES) ?? new Uint8Array(0)));
    if (warc) {
      endRun();
      jobs.push({ v: 1, command, args: warcArgs, input: { kind: 'warc', file } });
      continue;
    }
    run.push(file);
    if (run.length >= settings.batchFiles) endRun();
  }
  endRun();
  return jobs;
}

/**
 * The byte ranges of `batchLines` whole lines (fewer at 64 MiB, and at the end) of a file; a last
 * line without a newline ends the last range.
 */
async function* lineRanges(file: string, batchLines: number): AsyncGenerator<{ start: number; end: number; lines: number }> {
  let offset = 0;
  let start = 0;
  let lines = 0;
  let endsWithNewline = true;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) {
      lines++;
      const end = offset + at + 1;
      if (lines >= batchLines || end - start >= MAX_JOB_BYTES) {
        yield { start, end, lines };
        start = end;
        lines = 0;
      }
    }
    offset += chunk.length;
    if (chunk.length > 0) endsWithNewline = chunk[chunk.length - 1] === 10;
  }
  if (offset > start) yield { start, end: offset, lines: lines + (endsWithNewline ? 0 : 1) };
}

function checkReadable(file: string): void {
  let regular: boolean;
  try {
    regular = statSync(file).isFile();
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}; nothing was queued`);
  }
  if (!regular) throw new UsageError(`${file} is not a regular file (every worker reads it by name); nothing was queued`);
}
