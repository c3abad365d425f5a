import type { Dispatcher } from 'undici';
import type { ResolvedExpandOptions } from './expand-options.js';
import type { Hop } from './expand-result.js';
import { followRedirects, type ExpansionOutcome } from './follow-redirects.js';
import type { HostLimiter } from './host-limiter.js';

/**
 * Why a link's work was stopped: its last subscriber went away (`caller`), the expander closed
 * (`closed`), or `totalTimeoutMs` ran out (`timeout`).
 *
 * @example
 * const kind: AbortKind = 'timeout';
 */
export type AbortKind = 'caller' | 'closed' | 'timeout';

/**
 * The stop switch of one link's work: an `AbortController` that remembers the first kind and
 * reason it was aborted with (later aborts change nothing).
 *
 * @example
 * const stop = new ChainStop();
 * stop.abort('timeout', 'timed out after 20000 ms (totalTimeoutMs)');
 * stop.kind; // 'timeout'
 */
export class ChainStop {
  private readonly controller = new AbortController();
  /** The first abort's kind, `null` while running. */
  kind: AbortKind | null = null;
  /** The first abort's reason, `null` while running. */
  reason: string | null = null;

  /** Aborted by {@link ChainStop.abort}. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Stops the work, unless it was stopped already. */
  abort(kind: AbortKind, reason: string): void {
    if (this.controller.signal.aborted) return;
    this.kind = kind;
    this.reason = reason;
    this.controller.abort(new Error(reason));
  }
}

/**
 * What following one chain needs from its expander.
 *
 * @example
 * const context: ChainContext = { dispatcher, requests, admission, options, onRequest: () => counters.requests++ };
 */
export interface ChainContext {
  /** Where requests go. */
  dispatcher: Dispatcher;
  /** Request slots (global and per host). */
  requests: HostLimiter;
  /** Expansion slots, taken for the link's host before its first request. */
  admission: HostLimiter;
  /** The expander's options (policy, bounds, timeouts). */
  options: ResolvedExpandOptions;
  /** Called each time a request gets its slot. */
  onRequest: () => void;
}

/**
 * Follows one link's redirect chain within its bounds, and always answers with an outcome:
 *
 * - it waits for an expansion slot for the link's host (`admission`) and holds it to the end;
 * - `totalTimeoutMs` starts at the first request (not while queued) and stops the work through
 *   `stop` (kind `timeout`); the hops resolved so far stay, and the reason says at which hop it
 *   stopped (`timed out after 300 ms (totalTimeoutMs) at hop 3, after 2 redirects`);
 * - any other stop (the caller, close) ends it as `failed` with the stop's reason;
 * - the hop-by-hop rules (guard, `maxHops`, loops, hosts) are {@link followRedirects}'.
 *
 * @example
 * const outcome = await followChain(new URL('https://t.co/abc'), context, new ChainStop());
 */
export async function followChain(start: URL, context: ChainContext, stop: ChainStop): Promise<ExpansionOutcome> {
  const { options } = context;
  const hops: Hop[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let release: (() => void) | undefined;
  try {
    if (stop.signal.aborted) throw stop.signal.reason;
    release = await context.admission.acquire(start.host, stop.signal);
    return await followRedirects(
      start,
      {
        dispatcher: context.dispatcher,
        limiter: context.requests,
        options,
        signal: stop.signal,
        onRequestStart: () => {
          context.onRequest();
          if (timer === undefined) {
            timer = setTimeout(
              () => stop.abort('timeout', `timed out after ${options.totalTimeoutMs} ms (totalTimeoutMs)`),
              options.totalTimeoutMs,
            );
          }
        },
      },
      hops,
    );
  } catch (error) {
    const reason =
      stop.kind === 'timeout' && hops.length > 0
        ? `${stop.reason ?? 'timed out'} at hop ${hops.length}, after ${hops.length - 1} redirect${hops.length === 2 ? '' : 's'}`
        : (stop.reason ?? `internal error: ${error instanceof Error ? error.message : String(error)}`);
    return { status: 'failed', expandedUrl: null, hops, reason };
  } finally {
    clearTimeout(timer);
    release?.();
  }
}
