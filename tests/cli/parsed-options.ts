// Shared by the CLI tests: the options and the worker configuration a command line gives.
import { type CliOptions, type WorkerConfig, workerConfigOf } from '../../src/cli/cli-options.js';
import { parseArguments } from '../../src/cli/parse-arguments.js';

/** The validated options of a command line (no environment). */
export function optionsOf(argv: readonly string[]): CliOptions {
  const parsed = parseArguments(argv, {});
  if (parsed.kind !== 'run') throw new Error(`not a run: ${argv.join(' ')}`);
  return parsed.options;
}

/** The worker configuration of a command line. */
export function configOf(argv: readonly string[]): WorkerConfig {
  return workerConfigOf(optionsOf(argv));
}
