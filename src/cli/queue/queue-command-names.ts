/**
 * The job-queue commands of `embedsift`.
 *
 * @example
 * const command: QueueCommand = 'work';
 */
export type QueueCommand = 'enqueue' | 'work' | 'status';

const QUEUE_COMMANDS: readonly string[] = ['enqueue', 'work', 'status'] satisfies QueueCommand[];

/**
 * Whether the command line names a queue command (`enqueue`, `work`, `status`). It is all the
 * command loads of the queue before one is named: the rest (zod, bullmq) loads only then.
 *
 * @example
 * isQueueCommand(['work', '--queue', 'redis://127.0.0.1:6379']); // true
 */
export function isQueueCommand(argv: readonly string[]): boolean {
  const first = argv[0];
  return first !== undefined && QUEUE_COMMANDS.includes(first);
}
