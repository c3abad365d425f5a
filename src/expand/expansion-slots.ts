import { createHostLimiter, type HostLimiter } from './host-limiter.js';

/**
 * The expander's per-host limits, in two tiers, plus the window of one call:
 *
 * - `requests`: requests in flight, at most `concurrency` in all and `perHost` per host (a
 *   request holds its slot while it runs, retries waiting outside it);
 * - `admission`: links past the cache and expanding, at most twice the request limits. A link
 *   waiting here is one small queue entry; an admitted one holds timers and request state. Twice
 *   the request limits keeps every request slot busy; cache hits do not wait here;
 * - `linkWindow`: the most links of one call started at once (cache lookup included); the rest
 *   wait as plain array entries.
 *
 * @example
 * const slots: ExpansionSlots = createExpansionSlots({ concurrency: 32, perHost: 4 });
 * slots.linkWindow; // 1024
 */
export interface ExpansionSlots {
  /** Request slots: `concurrency` in all, `perHost` per host. */
  requests: HostLimiter;
  /** Expansion slots: `2 × concurrency` in all, `2 × perHost` per link host. */
  admission: HostLimiter;
  /** Links of one call started at once: `max(1024, 32 × concurrency)`. */
  linkWindow: number;
}

/**
 * Creates the {@link ExpansionSlots} of one expander.
 *
 * @example
 * const { requests, admission } = createExpansionSlots({ concurrency: 8, perHost: 2 });
 * const release = await admission.acquire('t.co');
 */
export function createExpansionSlots(limits: { concurrency: number; perHost: number }): ExpansionSlots {
  return {
    requests: createHostLimiter({ concurrency: limits.concurrency, perHost: limits.perHost }),
    admission: createHostLimiter({ concurrency: limits.concurrency * 2, perHost: limits.perHost * 2 }),
    linkWindow: Math.max(1024, limits.concurrency * 32),
  };
}
