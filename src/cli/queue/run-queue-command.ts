import { isUsageError } from '../usage-error.js';
import { runEnqueue } from './enqueue-command.js';
import { loadBullmq } from './load-bullmq.js';
import { parseQueueArguments } from './queue-arguments.js';
import { runStatus } from './status-command.js';
import { runWork } from './work-command.js';

/**
 * Runs `embedsift enqueue|work|status …` (the arguments after `embedsift`) and resolves with the
 * exit status: 2 for a usage error (a bad flag, bullmq not installed), else that of the command.
 * Redis is contacted only here, at the URL `--queue` gives.
 *
 * @example
 * process.exitCode = await runQueueCommand(['status', '--queue', 'redis://127.0.0.1:6379'], process);
 */
export async function runQueueCommand(
  argv: readonly string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  try {
    const parsed = parseQueueArguments(argv);
    const bullmq = await loadBullmq();
    if (parsed.command === 'enqueue') return await runEnqueue(parsed, bullmq, io.stderr);
    if (parsed.command === 'work') return await runWork(parsed, bullmq, io.stderr);
    return await runStatus(parsed, bullmq, io.stdout, io.stderr);
  } catch (error) {
    if (!isUsageError(error)) throw error;
    io.stderr.write(`embedsift: ${error.message}\nRun 'embedsift --help' for usage.\n`);
    return 2;
  }
}
