import { BatchPipeline, type RunCounters } from './batch-pipeline.js';
import { checkInputs } from './check-inputs.js';
import { workerConfigOf, type CliOptions } from './cli-options.js';
import { fileFrame, runFileJob } from './file-job.js';
import { runJsonlJob } from './jsonl-job.js';
import { openExpander, type EmbedExpander } from './open-expander.js';
import { openInput } from './open-input.js';
import { openOutput, openOutputFile, outputName } from './open-output.js';
import { OrderedWriter } from './ordered-writer.js';
import { parseArguments } from './parse-arguments.js';
import { isQueueCommand } from './queue/queue-command-names.js';
import { ProgressLine } from './progress-line.js';
import { readVersion } from './read-version.js';
import { isUsageError } from './usage-error.js';
import { looksLikeWarc, readHead } from './sniff-warc.js';
import { UsageError } from './usage-error.js';
import { usageText } from './usage-text.js';
import { loadWarcio, runWarcJob } from './warc-job.js';
import { loadParquetReader, looksLikeParquet, runParquetJob } from './parquet-input.js';
import { loadParquetWriter, openParquetOutput } from './parquet-output.js';
import { createBatchRunner } from './worker-pool.js';

/**
 * The streams the command talks to (the process's own, or others in tests).
 *
 * @example
 * const io: CliStreams = { stdout: process.stdout, stderr: process.stderr };
 */
export interface CliStreams {
  /** Where results go. */
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  /** Where messages and progress go. */
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * The exit statuses of the command (README, "Exit status").
 *
 * @example
 * if (code === EXIT_CODES.outputFailed) console.error('the output is incomplete');
 */
export const EXIT_CODES = {
  /** Done. */
  done: 0,
  /** `--strict` with an error line, a worker thread died, or an internal error. */
  failed: 1,
  /** Usage error: nothing was done. */
  usage: 2,
  /** An input could not be read; every other input was written. */
  inputFailed: 3,
  /** The output could not be written (a full disk): it is whole up to the line the message names. */
  outputFailed: 4,
  /** Stopped by SIGINT (128 + 2). */
  SIGINT: 130,
  /** Stopped by SIGTERM (128 + 15). */
  SIGTERM: 143,
} as const;

/** The signals that stop a run after the lines in flight are written. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * Runs `embedsift` with the given arguments and resolves with the exit status (see
 * {@link EXIT_CODES}): 0 done; 1 some line or file failed under `--strict`, a worker thread died,
 * or an internal error; 2 usage error; 3 an input could not be read; 4 the output could not be
 * written; 130 / 143 stopped by SIGINT / SIGTERM.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2));
 */
export async function runCli(
  argv: readonly string[],
  io: CliStreams = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  // The queue commands load zod and bullmq: only when one is named.
  if (isQueueCommand(argv)) return (await import('./queue/index.js')).runQueueCommand(argv, io);
  let options: CliOptions;
  let totalBytes: number | null;
  let parquetWriter: Awaited<ReturnType<typeof loadParquetWriter>> | null = null;
  try {
    const parsed = parseArguments(argv);
    if (parsed.kind === 'help') {
      io.stdout.write(usageText(readVersion()));
      return 0;
    }
    if (parsed.kind === 'version') {
      io.stdout.write(`${readVersion()}\n`);
      return 0;
    }
    options = withSniffedMode(parsed.options);
    totalBytes = checkInputs(options);
    if (options.mode === 'warc') await loadWarcio();
    if (options.mode === 'parquet') await loadParquetReader();
    parquetWriter = options.to === 'parquet' ? await loadParquetWriter() : null;
    for (const notice of parsed.notices) io.stderr.write(`embedsift: ${notice}\n`);
  } catch (error) {
    return reportUsage(error, io);
  }

  let outputFile: ReturnType<typeof openOutputFile> | null = null;
  if (options.outputFile !== null) {
    try {
      outputFile = parquetWriter === null ? openOutputFile(options.outputFile) : openParquetOutput(options.outputFile, parquetWriter);
    } catch (error) {
      io.stderr.write(
        `embedsift: cannot write to ${options.outputFile}: ${error instanceof Error ? error.message : String(error)}; nothing was read\n`,
      );
      return EXIT_CODES.outputFailed;
    }
  }
  const target = outputFile === null ? outputName(io.stdout) : options.outputFile;

  const controller = new AbortController();
  let stoppedBy: (typeof STOP_SIGNALS)[number] | null = null;
  const output = outputFile?.stream ?? openOutput(io.stdout);
  const writer = new OrderedWriter(output, Math.max(2, options.workers * 4 + 2), () => controller.abort());
  const onOutputError = (error: NodeJS.ErrnoException): void => writer.fail(error);
  const onSignal = (signal: (typeof STOP_SIGNALS)[number]): void => {
    if (stoppedBy !== null) process.exit(EXIT_CODES[signal]);
    stoppedBy = signal;
    const again = signal === 'SIGINT' ? 'Ctrl-C again' : `${signal} again`;
    io.stderr.write(
      `\nembedsift: ${signal === 'SIGINT' ? 'interrupted' : 'terminated'} (${signal}); writing the lines in flight (${again} to quit now)\n`,
    );
    controller.abort();
  };
  output.on('error', onOutputError);
  for (const signal of STOP_SIGNALS) process.on(signal, onSignal);

  let expander: EmbedExpander | null = null;
  try {
    if (options.expand !== null) expander = await openExpander(options.expand, options.cache, controller.signal);
  } catch (error) {
    cleanUp();
    return isUsageError(error) ? reportUsage(error, io) : reportFailure(error, io);
  }

  const config = workerConfigOf(options);
  const runner = createBatchRunner(options.workers, config);
  const counters: RunCounters = { items: 0, embeds: 0, errors: 0, bytesDone: 0, crashes: 0 };
  const pipeline = new BatchPipeline(runner, writer, counters, config, expander, fileFrame(options));
  const showProgress = options.progress ?? io.stderr.isTTY === true;
  const progress = showProgress ? new ProgressLine(io.stderr, io.stderr.isTTY === true, counters, totalBytes) : null;
  const unread: string[] = [];
  progress?.start();

  let jobError: unknown = null;
  try {
    const context = { options, writer, pipeline, counters, signal: controller.signal, open: openInput, unread };
    const job = { jsonl: runJsonlJob, warc: runWarcJob, parquet: runParquetJob, files: runFileJob }[options.mode];
    await job(context);
  } catch (error) {
    jobError = error;
  } finally {
    progress?.stop();
    await runner.close();
    await expander?.close();
    cleanUp();
  }
  if (outputFile !== null && writer.failure === null) {
    try {
      outputFile.close();
    } catch (error) {
      writer.fail(error as NodeJS.ErrnoException);
    }
  }

  for (const message of unread) io.stderr.write(`embedsift: ${message}\n`);
  const outputError = writer.failure;
  if (outputError !== null && outputError.code !== 'EPIPE') {
    const reason = outputError.message;
    const whole =
      parquetWriter === null
        ? `the output is whole up to line ${writer.linesWritten} (anything after it is a cut line)`
        : 'the Parquet file is incomplete (it has no footer) and cannot be read';
    io.stderr.write(`embedsift: cannot write to ${target}: ${reason}; ${whole}\n`);
    return EXIT_CODES.outputFailed;
  }
  if (jobError !== null && outputError === null) return reportFailure(jobError, io);
  if (pipeline.error !== null) return reportFailure(pipeline.error, io);
  // stdout closed early (`| head`): what was wanted was written.
  if (outputError !== null) return EXIT_CODES.done;
  if (stoppedBy !== null) {
    io.stderr.write(`embedsift: stopped by ${stoppedBy}; the output is whole up to line ${writer.linesWritten}\n`);
    return EXIT_CODES[stoppedBy];
  }
  if (counters.crashes > 0)
    io.stderr.write(`embedsift: a worker thread died; the lines of ${counters.crashes} batch(es) it held got error lines\n`);
  if (unread.length > 0) return EXIT_CODES.inputFailed;
  if (counters.crashes > 0) return EXIT_CODES.failed;
  return options.strict && counters.errors > 0 ? EXIT_CODES.failed : EXIT_CODES.done;

  function cleanUp(): void {
    for (const signal of STOP_SIGNALS) process.off(signal, onSignal);
    if (outputFile !== null && writer.failure !== null) {
      try {
        outputFile.close();
      } catch {
        // The write that failed is already reported.
      }
    }
  }
}

/** Bytes read from the first operand to recognise a WARC file (a gzip member inflates at most about 1,032 to 1, so 2 MiB of output is room enough). */
const SNIFF_BYTES = 1024;

/**
 * `--from auto` (the default) reads a WARC file as WARC, by content: when the first operand (a file,
 * not stdin) opens with a WARC record, plain or gzipped, the run is in WARC mode, with JSONL out.
 * Likewise a first operand that opens with `PAR1` (or is named `.parquet`) puts the run in
 * Parquet mode.
 */
function withSniffedMode(options: CliOptions): CliOptions {
  if (options.mode !== 'files' || options.format !== 'auto') return options;
  const head = readHead(options.files[0] ?? '-', SNIFF_BYTES);
  const container =
    head === null ? null : looksLikeParquet(head, options.files[0] ?? '-') ? 'Parquet' : looksLikeWarc(head) ? 'WARC' : null;
  if (container === null) return options;
  if (options.toGiven && options.to !== 'jsonl' && options.to !== 'parquet') {
    const item = container === 'WARC' ? 'record' : 'row';
    throw new UsageError(
      `${options.files[0]} is a ${container} file: its output is one JSON line per ${item}; use --to jsonl or --to parquet (or --from html to read it as one page)`,
    );
  }
  return { ...options, mode: container === 'WARC' ? 'warc' : 'parquet', to: options.to === 'parquet' ? 'parquet' : 'jsonl' };
}

function reportUsage(error: unknown, io: CliStreams): number {
  if (!isUsageError(error)) return reportFailure(error, io);
  io.stderr.write(`embedsift: ${error.message}\nRun 'embedsift --help' for usage.\n`);
  return 2;
}

function reportFailure(error: unknown, io: CliStreams): number {
  io.stderr.write(`embedsift: ${error instanceof Error ? error.message : String(error)}\n`);
  return 1;
}
