import { Worker } from 'node:worker_threads';
import type { Batch, BatchResult } from './batch-protocol.js';
import type { WorkerConfig } from './cli-options.js';
import { processBatch } from './process-batch.js';

/**
 * Runs batches and returns their results: a pool of worker threads, or the main thread itself.
 *
 * @example
 * const runner: BatchRunner = createBatchRunner(2, config);
 * const result = await runner.run(batch);
 * await runner.close();
 */
export interface BatchRunner {
  /** Parses a batch. Rejects with {@link WorkerCrashError} when the thread running it died. */
  run(batch: Batch): Promise<BatchResult>;
  /** Stops the threads. */
  close(): Promise<void>;
  /** Threads replaced after a large batch so far (see {@link RECYCLE_BYTES}); 0 in the main thread. */
  readonly recycled: number;
}

/**
 * A worker thread died while it held a batch; the batch's lines get error lines.
 *
 * @example
 * if (error instanceof WorkerCrashError) console.error(error.message);
 */
export class WorkerCrashError extends Error {
  override readonly name = 'WorkerCrashError';
}

/**
 * A smaller young generation than V8's default (up to 48 MB per thread on a large machine): the
 * same CPU time on the benchmark corpus, ~80 MB less peak RSS with two workers. The old
 * generation is not capped, so one huge line cannot make a worker run out of memory early.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 12 };

/**
 * A worker thread that parsed a batch of at least this many input bytes (one line of several MiB:
 * normal batches are about 1 MiB) is replaced by a fresh one once it has returned its queued
 * batches. Parsing such a line can grow the thread's heap by hundreds of MB, and V8 then sets its
 * next collection by that size: the thread would hold that memory, as garbage, for the rest of a
 * long run. Ending the thread gives it back at once; starting one costs a few tens of ms.
 *
 * @example
 * if (batch.bytes.byteLength >= RECYCLE_BYTES) retire(slot);
 */
export const RECYCLE_BYTES = 4 << 20;

interface Task {
  resolve: (result: BatchResult) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  tasks: Map<number, Task>;
  lastError: Error | null;
}

/**
 * Creates a runner with `workers` threads (`script`, by default `dist/cli-worker.js`), or one that
 * parses in the main thread when `workers` is 0. A batch goes to the thread with the fewest
 * batches queued; its buffer is transferred, not copied. A thread that dies fails its batches and
 * is replaced; one that parsed a large batch is replaced too (see {@link RECYCLE_BYTES}).
 *
 * @example
 * const runner = createBatchRunner(availableParallelism(), config);
 */
export function createBatchRunner(
  workers: number,
  config: WorkerConfig,
  script: URL = new URL('./cli-worker.js', import.meta.url),
): BatchRunner {
  return workers === 0 ? inlineRunner(config) : new WorkerPool(workers, config, script);
}

function inlineRunner(config: WorkerConfig): BatchRunner {
  return {
    run: (batch) =>
      new Promise((resolve) => {
        setImmediate(() => resolve(processBatch(batch, config).result));
      }),
    close: async () => {},
    recycled: 0,
  };
}

class WorkerPool implements BatchRunner {
  private readonly slots: Slot[] = [];
  /** Threads replaced after a large batch, finishing the batches they still hold. */
  private readonly retiring = new Set<Slot>();
  private closing = false;
  private replaced = 0;

  constructor(
    size: number,
    private readonly config: WorkerConfig,
    private readonly script: URL,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  get recycled(): number {
    return this.replaced;
  }

  run(batch: Batch): Promise<BatchResult> {
    let slot = this.slots[0] as Slot;
    for (const candidate of this.slots) if (candidate.tasks.size < slot.tasks.size) slot = candidate;
    const large = batch.bytes.byteLength >= RECYCLE_BYTES;
    return new Promise((resolve, reject) => {
      slot.tasks.set(batch.seq, {
        resolve: (result) => {
          if (large) this.retire(slot);
          resolve(result);
        },
        reject,
      });
      const buffer = batch.bytes.buffer;
      const transferable = buffer instanceof ArrayBuffer && buffer.byteLength > 0;
      slot.worker.postMessage(batch, transferable ? [buffer] : []);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.slots, ...this.retiring].map((slot) => slot.worker.terminate()));
  }

  /** Puts a fresh thread in the slot's place; the old one ends once its queued batches are back. */
  private retire(slot: Slot): void {
    const index = this.slots.indexOf(slot);
    if (index === -1 || this.closing) return;
    this.slots[index] = this.spawn();
    this.replaced++;
    this.retiring.add(slot);
    this.endIfIdle(slot);
  }

  private endIfIdle(slot: Slot): void {
    if (!this.retiring.has(slot) || slot.tasks.size > 0) return;
    this.retiring.delete(slot);
    void slot.worker.terminate();
  }

  private spawn(): Slot {
    const worker = new Worker(this.script, { workerData: this.config, resourceLimits: WORKER_LIMITS });
    const slot: Slot = { worker, tasks: new Map(), lastError: null };
    worker.on('message', (result: BatchResult) => {
      const task = slot.tasks.get(result.seq);
      slot.tasks.delete(result.seq);
      task?.resolve(result);
      this.endIfIdle(slot);
    });
    worker.on('error', (error) => {
      slot.lastError = error;
    });
    worker.on('exit', (code) => {
      this.retiring.delete(slot);
      if (this.closing) return;
      const reason = slot.lastError ? slot.lastError.message : `exit code ${code}`;
      const index = this.slots.indexOf(slot);
      if (index !== -1) this.slots[index] = this.spawn();
      for (const task of slot.tasks.values()) task.reject(new WorkerCrashError(`worker thread died (${reason})`));
      slot.tasks.clear();
    });
    return slot;
  }
}
