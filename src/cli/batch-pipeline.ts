import { ENTRY_WIDTH, type Batch, type BatchResult, type ItemResult, type RowMeta } from './batch-protocol.js';
import type { WorkerConfig } from './cli-options.js';
import type { EmbedExpander } from './open-expander.js';
import type { OrderedWriter } from './ordered-writer.js';
import type { ProgressCounters } from './progress-line.js';
import { renderBounded } from './render-item.js';
import { WorkerCrashError, type BatchRunner } from './worker-pool.js';

/**
 * Run-wide counters: progress, plus what decides the exit status.
 *
 * @example
 * const counters: RunCounters = { items: 0, embeds: 0, errors: 0, bytesDone: 0, crashes: 0 };
 */
export interface RunCounters extends ProgressCounters {
  /** Batches lost to a dead worker thread (their lines got error lines). */
  crashes: number;
}

/**
 * The input bytes that may be in flight at once (handed to the runner, their results not yet
 * complete): one largest article per worker thread (one with `--workers 0`), plus a 1 MiB batch
 * each. Corpora of small lines never reach it (the writer's bound on batches in flight comes
 * first); with lines near the size limit it keeps memory at a fixed multiple of that limit.
 *
 * @example
 * inputBudget(2, 16 * 1024 * 1024); // 35651584
 */
export function inputBudget(workers: number, maxArticleBytes: number): number {
  return Math.max(1, workers) * (maxArticleBytes + (1 << 20));
}

/**
 * Sends batches through the runner (and the expander with `--expand`) to the ordered writer.
 * Whatever happens to a batch, its seq is completed: a dead worker's lines become error lines, a
 * file that could not be read an error item.
 *
 * @example
 * const pipeline = new BatchPipeline(runner, writer, counters, config, null, (seq, pieces) => pieces.join(''));
 * pipeline.submit({ seq: writer.begin(), kind: 'lines', bytes, entries, names: null }, bytesReadSoFar);
 */
export class BatchPipeline {
  private failure: Error | null = null;
  private bytesInFlight = 0;
  private waiting: (() => void)[] = [];

  /**
   * @param frame joins the rendered pieces of a whole-file batch (brackets, commas, headers)
   */
  constructor(
    private readonly runner: BatchRunner,
    private readonly writer: OrderedWriter,
    private readonly counters: RunCounters,
    private readonly config: WorkerConfig,
    private readonly expander: EmbedExpander | null,
    private readonly frame: (seq: number, pieces: string[], names: string[]) => string,
  ) {}

  /** An unexpected error that stopped a batch, if any (the run must fail). */
  get error(): Error | null {
    return this.failure;
  }

  /**
   * Resolves when a batch of `bytes` input bytes may start: nothing is in flight, or the bytes in
   * flight plus these stay within `budget` (see {@link inputBudget}). Resolves at once after a
   * failure.
   */
  async waitForInputRoom(bytes: number, budget: number): Promise<void> {
    while (this.failure === null && this.bytesInFlight > 0 && this.bytesInFlight + bytes > budget) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  /**
   * Starts a batch; returns at once. `inputOffset` is how far into the input (bytes, across all
   * inputs) the batch reaches, for the progress percentage.
   */
  submit(batch: Batch, inputOffset: number): void {
    const result = this.runner.run(batch).catch((error: unknown) => {
      if (!(error instanceof WorkerCrashError)) throw error;
      this.counters.crashes++;
      return failedResult(batch.seq, batch, `not parsed: ${error.message}`);
    });
    this.deliver(batch, result, inputOffset);
  }

  /**
   * Completes a batch without parsing it: each entry gets an error item holding `error` (a whole
   * file that could not be read). Returns at once; the items are written in their turn.
   */
  submitFailed(batch: Batch, error: string, inputOffset: number): void {
    this.deliver(batch, Promise.resolve(failedResult(batch.seq, batch, error)), inputOffset);
  }

  private deliver(batch: Batch, pending: Promise<BatchResult>, inputOffset: number): void {
    const { seq, kind, entries, names } = batch;
    const bytes = batch.bytes.byteLength;
    this.bytesInFlight += bytes;
    pending
      .then(async (result) => {
        if (result.items !== null && this.expander !== null) await expandItems(result.items, this.expander);
        this.counters.items += result.stats.items;
        this.counters.embeds += result.stats.embeds;
        this.counters.errors += result.stats.errors;
        this.counters.bytesDone = Math.max(this.counters.bytesDone, inputOffset);
        this.writer.complete(seq, this.output(result, kind, names ?? [], entries));
      })
      .catch((error: unknown) => {
        this.failure ??= error instanceof Error ? error : new Error(String(error));
        this.writer.close();
      })
      .finally(() => {
        this.bytesInFlight -= bytes;
        const waiting = this.waiting;
        this.waiting = [];
        for (const wake of waiting) wake();
      });
  }

  private output(result: BatchResult, kind: Batch['kind'], names: string[], entries: Float64Array): string | Uint8Array {
    if (result.text !== null) return result.text;
    const form = kind === 'files' ? this.config.output : 'jsonl';
    const pieces =
      result.pieces ??
      (result.items ?? []).map((item, i) => renderBounded(item, form, this.config.command, entries[i * ENTRY_WIDTH + 2] ?? 0).text);
    return kind === 'files' ? this.frame(result.seq, pieces, names) : pieces.join('');
  }
}

function failedResult(seq: number, batch: Batch, error: string): BatchResult {
  const { kind, entries, names, records, rows } = batch;
  const items: ItemResult[] = [];
  for (let at = 0; at < entries.length; at += ENTRY_WIDTH) {
    const number = entries[at + 2] ?? 0;
    const record = records?.[at / ENTRY_WIDTH];
    const value =
      kind === 'lines'
        ? { id: null, line: number, error }
        : kind === 'records'
          ? { id: record?.id ?? null, url: record?.url ?? null, file: record?.file ?? '-', offset: record?.offset ?? null, error }
          : kind === 'rows'
            ? rowFailure(rows?.[at / ENTRY_WIDTH], error)
            : { file: names?.[at / ENTRY_WIDTH] ?? '-', error };
    items.push({ value, failed: true, embeds: 0 });
  }
  return { seq, text: null, pieces: null, items, stats: { items: items.length, embeds: 0, errors: items.length, bytes: 0 } };
}

function rowFailure(row: RowMeta | undefined, error: string): Record<string, unknown> {
  return { id: row?.id ?? null, url: row?.url ?? null, file: row?.file ?? '-', row: row?.row ?? null, error };
}

async function expandItems(items: ItemResult[], expander: EmbedExpander): Promise<void> {
  await Promise.all(
    items.map(async (item) => {
      const embeds = item.value.embeds;
      if (item.failed || !Array.isArray(embeds) || embeds.length === 0) return;
      try {
        const expanded = await expander.expandEmbeds(embeds);
        item.value.embeds = expanded.embeds;
        item.value.expansions = expanded.expansions;
        if (expanded.diagnostics.length > 0) {
          item.value.diagnostics = [...(item.value.diagnostics as unknown[]), ...expanded.diagnostics];
        }
      } catch (error) {
        item.value.expandError = error instanceof Error ? error.message : String(error);
      }
    }),
  );
}
