/**
 * Limits of a {@link HostLimiter}.
 *
 * @example
 * const limits: HostLimits = { concurrency: 32, perHost: 4 };
 */
export interface HostLimits {
  /** The most slots held at once, over all hosts. */
  concurrency: number;
  /** The most slots held at once for one host. */
  perHost: number;
}

/**
 * A concurrency limiter with a global cap and a per-host cap. Slots are granted first come, first
 * served among the waiters whose host is below its cap (a full host does not hold up the others).
 * Waiting costs one small object per waiter and no socket; every operation is O(log hosts): a heap
 * holds at most one entry per host, keyed by the host's first waiter.
 *
 * @example
 * const limiter = createHostLimiter({ concurrency: 32, perHost: 4 });
 * const release = await limiter.acquire('t.co', signal);
 * try { await fetchSomething(); } finally { release(); }
 */
export interface HostLimiter {
  /**
   * Waits for a slot for `host` and returns the function that gives it back (calling it twice is
   * harmless). Rejects with the signal's reason, and leaves the queue, when `signal` aborts first.
   */
  acquire(host: string, signal?: AbortSignal): Promise<() => void>;
  /** Slots held now. */
  readonly active: number;
  /** Waiters queued now. */
  readonly pending: number;
  /** The most slots ever held at once for any single host (for tests and benchmarks). */
  readonly peakPerHost: number;
}

interface Waiter {
  seq: number;
  host: string;
  resolve: (release: () => void) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  cancelled: boolean;
}

/** A FIFO queue with O(1) shift and lazy compaction. */
class WaiterQueue {
  private items: Waiter[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(waiter: Waiter): void {
    this.items.push(waiter);
  }
  /** The first waiter that is not cancelled, dropping cancelled ones. */
  peek(): Waiter | undefined {
    while (this.head < this.items.length && this.items[this.head]?.cancelled === true) this.head++;
    this.compact();
    return this.items[this.head];
  }
  shift(): Waiter | undefined {
    const waiter = this.peek();
    if (waiter !== undefined) this.head++;
    this.compact();
    return waiter;
  }
  private compact(): void {
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
  }
}

/** A binary min-heap of (seq, host) entries. */
class HostHeap {
  private entries: { seq: number; host: string }[] = [];
  get size(): number {
    return this.entries.length;
  }
  push(seq: number, host: string): void {
    const entries = this.entries;
    entries.push({ seq, host });
    let i = entries.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const a = entries[parent];
      const b = entries[i];
      if (a === undefined || b === undefined || a.seq <= b.seq) break;
      entries[parent] = b;
      entries[i] = a;
      i = parent;
    }
  }
  pop(): { seq: number; host: string } | undefined {
    const entries = this.entries;
    const top = entries[0];
    const last = entries.pop();
    if (top === undefined || last === undefined || entries.length === 0) return top;
    entries[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if ((entries[left]?.seq ?? Infinity) < (entries[smallest]?.seq ?? Infinity)) smallest = left;
      if ((entries[right]?.seq ?? Infinity) < (entries[smallest]?.seq ?? Infinity)) smallest = right;
      if (smallest === i) break;
      const a = entries[i];
      const b = entries[smallest];
      if (a === undefined || b === undefined) break;
      entries[i] = b;
      entries[smallest] = a;
      i = smallest;
    }
    return top;
  }
}

/**
 * Creates a {@link HostLimiter}.
 *
 * @example
 * const limiter = createHostLimiter({ concurrency: 2, perHost: 1 });
 * const release = await limiter.acquire('bit.ly');
 * release();
 */
export function createHostLimiter(limits: HostLimits): HostLimiter {
  const { concurrency, perHost } = limits;
  let active = 0;
  let pending = 0;
  let seq = 0;
  let peakPerHost = 0;
  const activeByHost = new Map<string, number>();
  const queues = new Map<string, WaiterQueue>();
  /** Hosts below their cap with waiters, keyed by their first waiter's sequence number. */
  const ready = new HostHeap();
  /** Hosts that have an entry in `ready` (at most one each, so the heap never outgrows the hosts). */
  const inReady = new Set<string>();
  const pushReady = (seqOfFirst: number, host: string): void => {
    if (inReady.has(host)) return;
    inReady.add(host);
    ready.push(seqOfFirst, host);
  };
  const bySignal = new Map<AbortSignal, { waiters: Set<Waiter>; onAbort: () => void }>();

  const hostActive = (host: string): number => activeByHost.get(host) ?? 0;

  function take(host: string): () => void {
    active++;
    const count = hostActive(host) + 1;
    activeByHost.set(host, count);
    if (count > peakPerHost) peakPerHost = count;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      active--;
      const left = hostActive(host) - 1;
      if (left === 0) activeByHost.delete(host);
      else activeByHost.set(host, left);
      markReady(host);
      dispatch();
    };
  }

  function markReady(host: string): void {
    const queue = queues.get(host);
    if (queue === undefined) return;
    const first = queue.peek();
    if (first === undefined) {
      queues.delete(host);
      return;
    }
    if (hostActive(host) < perHost) pushReady(first.seq, host);
  }

  function dispatch(): void {
    while (active < concurrency && ready.size > 0) {
      const entry = ready.pop();
      if (entry === undefined) break;
      inReady.delete(entry.host);
      const queue = queues.get(entry.host);
      const first = queue?.peek();
      if (queue === undefined || first === undefined) {
        queues.delete(entry.host);
        continue;
      }
      if (hostActive(entry.host) >= perHost) continue;
      if (first.seq !== entry.seq) {
        // The entry is stale (its waiter left or was served); requeue the host by its real head.
        pushReady(first.seq, entry.host);
        continue;
      }
      queue.shift();
      grant(first);
      markReady(entry.host);
    }
  }

  function grant(waiter: Waiter): void {
    pending--;
    forget(waiter);
    waiter.resolve(take(waiter.host));
  }

  function forget(waiter: Waiter): void {
    const signal = waiter.signal;
    if (signal === undefined) return;
    const entry = bySignal.get(signal);
    if (entry === undefined) return;
    entry.waiters.delete(waiter);
    if (entry.waiters.size === 0) {
      signal.removeEventListener('abort', entry.onAbort);
      bySignal.delete(signal);
    }
  }

  function watch(waiter: Waiter, signal: AbortSignal): void {
    let entry = bySignal.get(signal);
    if (entry === undefined) {
      const waiters = new Set<Waiter>();
      const onAbort = (): void => {
        bySignal.delete(signal);
        for (const w of waiters) {
          w.cancelled = true;
          pending--;
          w.reject(signal.reason);
        }
        waiters.clear();
        for (const host of [...queues.keys()]) markReady(host);
        dispatch();
      };
      entry = { waiters, onAbort };
      bySignal.set(signal, entry);
      signal.addEventListener('abort', onAbort, { once: true });
    }
    entry.waiters.add(waiter);
  }

  return {
    acquire(host, signal) {
      if (signal?.aborted === true) return Promise.reject(signal.reason);
      const queue = queues.get(host);
      if (active < concurrency && hostActive(host) < perHost && (queue === undefined || queue.peek() === undefined)) {
        return Promise.resolve(take(host));
      }
      return new Promise((resolve, reject) => {
        const waiter: Waiter = { seq: seq++, host, resolve, reject, signal, cancelled: false };
        pending++;
        let hostQueue = queue;
        if (hostQueue === undefined) {
          hostQueue = new WaiterQueue();
          queues.set(host, hostQueue);
        }
        const wasEmpty = hostQueue.peek() === undefined;
        hostQueue.push(waiter);
        if (wasEmpty && hostActive(host) < perHost) pushReady(waiter.seq, host);
        if (signal !== undefined) watch(waiter, signal);
      });
    },
    get active() {
      return active;
    },
    get pending() {
      return pending;
    },
    get peakPerHost() {
      return peakPerHost;
    },
  };
}
