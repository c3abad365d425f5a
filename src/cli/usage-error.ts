/**
 * A mistake on the command line (unknown flag, bad value, unreadable input operand): the command
 * prints the message and a hint to `--help`, and exits with status 2.
 *
 * @example
 * throw new UsageError("--workers must be a whole number from 0 to 256, got 'many'");
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  /** The exit status: always 2. */
  readonly exitCode = 2;
}

/**
 * Whether a value is a {@link UsageError}, also across realms (worker threads, duplicate bundles).
 *
 * @example
 * if (isUsageError(error)) process.exitCode = 2;
 */
export function isUsageError(value: unknown): value is UsageError {
  return value instanceof UsageError || (value instanceof Error && value.name === 'UsageError');
}
