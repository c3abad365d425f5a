// The job queue (`embedsift enqueue|work|status`, BullMQ on Redis). The command imports
// queue-command-names.ts at start-up and this index only when a queue command is named.
export { isQueueCommand, type QueueCommand } from './queue-command-names.js';
export { runQueueCommand } from './run-queue-command.js';
