import { createReadStream, statSync } from 'node:fs';
import type { CliOptions } from '../cli-options.js';
import { loadParquetReader, looksLikeParquet } from '../parquet-input.js';
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
 * const plan: PlanSettings = { command: 'extract', args: ['--from', 'jsonl'], batchLines: 10000, batchRows: 10000, batchFiles: 100 };
 */
export interface PlanSettings {
  /** `extract` or `convert`. */
  command: QueueJobData['command'];
  /** The flags every job runs with. */
  args: string[];
  /** JSONL lines per job. */
  batchLines: number;
  /** Parquet rows per job. */
  batchRows: number;
  /** Whole files per job. */
  batchFiles: number;
}

/**
 * Splits the inputs of a queued run into jobs, in input order. JSONL: byte ranges of whole lines,
 * `batchLines` lines (at most 64 MiB) each, numbered across the files as `--from jsonl` numbers
 * them; the files are read once, a chunk at a time. WARC: one job per file. Parquet: ranges of
 * rows of one file, read from its footer: whole row groups together up to `batchRows` rows, and a
 * row group larger than that cut into even ranges of at most `batchRows`. Whole files: runs of
 * `batchFiles` files; with `--from auto`, each file that opens with a WARC record is a WARC job of
 * its own, and each Parquet file (`PAR1`, or named `.parquet`) is cut into row ranges. Every input
 * must be a readable regular file, and a Parquet input a readable Parquet file: one that is not is
 * a {@link UsageError} and nothing is queued.
 *
 * @example
 * const jobs = await planJobs(options, { command: 'extract', args: ['--from', 'jsonl'], batchLines: 10000, batchRows: 10000, batchFiles: 100 });
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
  if (options.mode === 'parquet') {
    for (const file of options.files) await addParquetJobs(jobs, file, { command, args, batchRows: settings.batchRows });
    return jobs;
  }
  const warcArgs = options.mode === 'warc' ? args : [...args, '--from', 'warc', '--to', 'jsonl'];
  const fileArgs = args.includes('--to') || args.includes('-t') ? args : [...args, '--to', 'jsonl'];
  let run: string[] = [];
  const endRun = (): void => {
    if (run.length > 0) jobs.push({ v: 1, command, args: fileArgs, input: { kind: 'files', files: run } });
    run = [];
  };
  const parquetArgs = [...args, '--from', 'parquet', '--to', 'jsonl'];
  for (const file of options.files) {
    const head = options.mode === 'warc' || options.format !== 'auto' ? null : (readHead(file, SNIFF_BYTES) ?? new Uint8Array(0));
    if (head !== null && looksLikeParquet(head, file)) {
      endRun();
      await addParquetJobs(jobs, file, { command, args: parquetArgs, batchRows: settings.batchRows });
      continue;
    }
    if (options.mode === 'warc' || (head !== null && looksLikeWarc(head))) {
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

/** Adds the row-range jobs of one Parquet file, read from its footer (a file with no row adds none). */
async function addParquetJobs(
  jobs: QueueJobData[],
  file: string,
  how: { command: QueueJobData['command']; args: string[]; batchRows: number },
): Promise<void> {
  const hyparquet = await loadParquetReader();
  let groups: number[];
  try {
    const metadata = await hyparquet.parquetMetadataAsync(await hyparquet.asyncBufferFromFile(file));
    groups = metadata.row_groups.map((group) => Number(group.num_rows));
  } catch (error) {
    throw new UsageError(
      `${file} is not a readable Parquet file (${error instanceof Error ? error.message : String(error)}); nothing was queued`,
    );
  }
  for (const range of rowRanges(groups, how.batchRows)) {
    jobs.push({ v: 1, command: how.command, args: how.args, input: { kind: 'rows', file, ...range } });
  }
}

/**
 * Cuts a file's rows into job ranges along its row groups (given by their sizes): consecutive
 * groups go together while they hold at most `batchRows` rows, and a larger group is cut into
 * even ranges of at most `batchRows`, so that no job reads more than one large group.
 */
function rowRanges(groups: readonly number[], batchRows: number): { rowStart: number; rowEnd: number }[] {
  const ranges: { rowStart: number; rowEnd: number }[] = [];
  let start = 0;
  let at = 0;
  const close = (): void => {
    if (at > start) ranges.push({ rowStart: start, rowEnd: at });
    start = at;
  };
  for (const rows of groups) {
    if (rows > batchRows) {
      close();
      const pieces = Math.ceil(rows / batchRows);
      const size = Math.ceil(rows / pieces);
      for (let from = at; from < at + rows; from += size) ranges.push({ rowStart: from, rowEnd: Math.min(at + rows, from + size) });
      at += rows;
      start = at;
      continue;
    }
    if (at + rows - start > batchRows) close();
    at += rows;
  }
  close();
  return ranges;
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
