// The job queue (`embedsift enqueue|work|status`, BullMQ on Redis).
export { isQueueCommand } from './queue-arguments.js';
export { runQueueCommand } from './run-queue-command.js';
