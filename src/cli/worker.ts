// The worker thread of the `embedsift` command (built to dist/cli-worker.js): receives batches,
// parses them, sends the rendered output back. All per-line work happens here, not in the main
// thread.
import { parentPort, workerData } from 'node:worker_threads';
import type { Batch } from './batch-protocol.js';
import type { WorkerConfig } from './cli-options.js';
import { processBatch } from './process-batch.js';

const config = workerData as WorkerConfig;
const port = parentPort;
if (port === null) throw new Error('cli-worker.js must run in a worker thread');

// Test hook (tests/cli/robustness.test.ts): a worker that dies on a batch holding this marker, to
// check that a crash costs error lines, never lost lines. Unset in normal use.
const crashMarker = process.env.EMBEDSIFT_TEST_WORKER_CRASH;

port.on('message', (batch: Batch) => {
  if (crashMarker !== undefined && Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength).includes(crashMarker)) {
    process.exit(70);
  }
  const { result, transfer } = processBatch(batch, config);
  port.postMessage(result, transfer);
});
