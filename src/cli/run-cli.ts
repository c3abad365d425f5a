import { BatchPipeline, type RunCounters } from './batch-pipeline.js';
import { checkInputs } from './check-inputs.js';
import { workerConfigOf, type CliOptions } from './cli-options.js';
import { fileFrame, runFileJob } from './file-job.js';
import { runJsonlJob } from './jsonl-job.js';
import { openExpander, type EmbedExpander } from './open-expander.js';
import { OrderedWriter } from './ordered-writer.js';
import { parseArguments } from './parse-arguments.js';
import { ProgressLine } from './progress-line.js';
import { readVersion } from './read-version.js';
import { isUsageError } from './usage-error.js';
import { usageText } from './usage-text.js';
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
 * Runs `embedsift` with the given arguments and resolves with the exit status: 0 done; 1 some
 * line or file failed under `--strict`, a worker thread died, or an internal error; 2 usage error;
 * 130 interrupted.
 *
 * @example
 * process.exitCode = await runCli(process.argv.slice(2));
 */
export async function runCli(argv: readonly string[], io: CliStreams = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let options: CliOptions;
  let totalBytes: number | null;
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
    options = parsed.options;
    totalBytes = checkInputs(options);
  } catch (error) {
    return reportUsage(error, io);
  }

  const controller = new AbortController();
  let stdoutGone = false;
  let interrupted = false;
  let writer: OrderedWriter | null = null;
  const onStdoutError = (error: NodeJS.ErrnoException): void => {
    if (error.code !== 'EPIPE') io.stderr.write(`embedsift: cannot write output: ${error.message}\n`);
    stdoutGone = true;
    writer?.close();
    controller.abort();
  };
  const onSigint = (): void => {
    if (interrupted) process.exit(130);
    interrupted = true;
    io.stderr.write('\nembedsift: interrupted; writing the lines in flight (Ctrl-C again to quit now)\n');
    controller.abort();
  };
  io.stdout.on('error', onStdoutError);
  process.on('SIGINT', onSigint);

  let expander: EmbedExpander | null = null;
  try {
    if (options.expand !== null) expander = await openExpander(options.expand, options.cache, controller.signal);
  } catch (error) {
    cleanUp();
    return isUsageError(error) ? reportUsage(error, io) : reportFailure(error, io);
  }

  const config = workerConfigOf(options);
  const runner = createBatchRunner(options.workers, config);
  writer = new OrderedWriter(io.stdout, Math.max(2, options.workers * 4 + 2));
  const counters: RunCounters = { items: 0, embeds: 0, errors: 0, bytesDone: 0, crashes: 0 };
  const pipeline = new BatchPipeline(runner, writer, counters, config, expander, fileFrame(options));
  const showProgress = options.progress ?? io.stderr.isTTY === true;
  const progress = showProgress ? new ProgressLine(io.stderr, io.stderr.isTTY === true, counters, totalBytes) : null;
  progress?.start();

  try {
    const context = { options, writer, pipeline, counters, signal: controller.signal };
    await (options.jsonl ? runJsonlJob(context) : runFileJob(context));
  } catch (error) {
    if (!stdoutGone) return reportFailure(error, io);
  } finally {
    progress?.stop();
    await runner.close();
    await expander?.close();
    cleanUp();
  }

  if (pipeline.error !== null) return reportFailure(pipeline.error, io);
  if (stdoutGone) return 0;
  if (interrupted) return 130;
  if (counters.crashes > 0) {
    io.stderr.write(`embedsift: a worker thread died; the lines of ${counters.crashes} batch(es) it held got error lines\n`);
    return 1;
  }
  return options.strict && counters.errors > 0 ? 1 : 0;

  function cleanUp(): void {
    process.off('SIGINT', onSigint);
  }
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
