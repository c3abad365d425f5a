// Shared by the CLI tests: the message of the usage error a call throws.
import { isUsageError } from '../../src/cli/usage-error.js';

/** The message of the UsageError `run` throws; fails when it throws none or another error. */
export function usageMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isUsageError(error)) return error.message;
    throw error;
  }
  throw new Error('no usage error');
}
