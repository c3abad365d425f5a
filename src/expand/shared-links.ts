import { ChainStop, type AbortKind } from './bounded-chain.js';
import type { CallScope } from './call-scope.js';
import type { ExpansionOutcome } from './follow-redirects.js';

/**
 * A link's result as the expander shares it between callers: the outcome, and the cache's
 * trouble when there was some.
 *
 * @example
 * const shared: SharedOutcome = { status: 'failed', expandedUrl: null, hops: [], reason: 'aborted' };
 */
export type SharedOutcome = ExpansionOutcome & { cacheError?: string };

/**
 * The work on one link, shared by every caller that asks for the same key while it runs.
 *
 * @example
 * const work: SharedWork = sharedLinks.take(key, () => run(stop)).work;
 */
export interface SharedWork {
  /** Settles with the link's outcome; never rejects in practice (a rejection reads as an internal error). */
  promise: Promise<SharedOutcome>;
  /** Stops the work; see {@link ChainStop}. */
  stop: ChainStop;
  /** Callers waiting for it now; when the last one leaves, the work is stopped. */
  subscribers: number;
}

/**
 * The links an expander is working on, by key: a second caller asking for a link in flight joins
 * the running work instead of starting it again. A caller that aborts leaves with `failed` at
 * once; the work goes on while another caller waits for it, and is stopped when none does.
 *
 * @example
 * const links = new SharedLinks();
 * const { work, joined } = links.take(key, (stop) => followChain(url, context, stop));
 * const outcome = await links.subscribe(work, scope, () => 'aborted');
 */
export class SharedLinks {
  private readonly inflight = new Map<string, SharedWork>();
  private readonly running = new Set<SharedWork>();

  /** Links whose work is running now. */
  get size(): number {
    return this.running.size;
  }

  /**
   * The running work of `key`, joined (`joined: true`), or new work that `run` does, started now.
   * Work already stopped is never joined.
   */
  take(key: string, run: (stop: ChainStop) => Promise<SharedOutcome>): { work: SharedWork; joined: boolean } {
    const current = this.inflight.get(key);
    if (current !== undefined && !current.stop.signal.aborted) return { work: current, joined: true };
    const stop = new ChainStop();
    const work: SharedWork = { promise: Promise.resolve({ status: 'failed', expandedUrl: null, hops: [] }), stop, subscribers: 0 };
    this.running.add(work);
    this.inflight.set(key, work);
    work.promise = run(stop).finally(() => {
      this.running.delete(work);
      if (this.inflight.get(key) === work) this.inflight.delete(key);
    });
    return { work, joined: false };
  }

  /**
   * Waits for `work` on behalf of one call: its outcome, or `failed` with `abortedReason()` as soon
   * as the call's `scope` aborts (the work is stopped when that was its last subscriber).
   */
  subscribe(work: SharedWork, scope: CallScope, abortedReason: () => string): Promise<SharedOutcome> {
    work.subscribers++;
    return new Promise((resolve) => {
      let settled = false;
      const unsubscribe = scope.onAbort(() => {
        if (settled) return;
        settled = true;
        work.subscribers--;
        if (work.subscribers === 0) work.stop.abort('caller', 'aborted');
        resolve({ status: 'failed', expandedUrl: null, hops: [], reason: abortedReason() });
      });
      void work.promise.then(
        (outcome) => {
          if (settled) return;
          settled = true;
          unsubscribe();
          resolve(outcome);
        },
        (error: unknown) => {
          if (settled) return;
          settled = true;
          unsubscribe();
          resolve({
            status: 'failed',
            expandedUrl: null,
            hops: [],
            reason: `internal error: ${error instanceof Error ? error.message : String(error)}`,
          });
        },
      );
    });
  }

  /** Stops every running work with `kind` and `reason`; returns their promises, to wait for. */
  stopAll(kind: AbortKind, reason: string): Promise<SharedOutcome>[] {
    const pending: Promise<SharedOutcome>[] = [];
    for (const work of [...this.running]) {
      pending.push(work.promise);
      work.stop.abort(kind, reason);
    }
    return pending;
  }
}
