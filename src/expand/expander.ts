import type { Dispatcher } from 'undici';
import { extractEmbedsWithDiagnostics } from '../extract/index.js';
import type { Diagnostic, EmbedRecord, InputFormat } from '../schema/index.js';
import { cacheKeyOf, cachePolicyScope, refusedCachedHop } from './cache-key.js';
import { guardCache, notifyCacheWarning, type CacheWarning, type GuardedCache } from './cache-store.js';
import { CallScope } from './call-scope.js';
import { canonicalUrl } from './canonical-url.js';
import { matchesHost } from './default-hosts.js';
import { resolveExpandOptions, type ExpandCallOptions, type ExpandOptions } from './expand-options.js';
import { linkExpansionSchema, type Hop, type LinkExpansion } from './expand-result.js';
import { followRedirects, type ExpansionOutcome } from './follow-redirects.js';
import { EmbedsiftError } from './errors/index.js';
import { createGuardedAgent } from './guard/index.js';
import { createHostLimiter } from './host-limiter.js';
import { createMemoryCache } from './lru-cache.js';
import { applyExpansions, collectLinkUrls, type ExpandEmbedsResult } from './resolve-embeds.js';

/**
 * Options of one `resolveEmbeds` call on an expander.
 *
 * @example
 * await expander.resolveEmbeds(article, { format: 'text' });
 */
export interface ResolveCallOptions extends ExpandCallOptions {
  /** The input's format, as for `extractEmbeds`. Default `'auto'`. */
  format?: 'auto' | InputFormat;
}

/**
 * What `resolveEmbedsWithDiagnostics` returns.
 *
 * @example
 * const { embeds, diagnostics, format, expansions }: ResolveEmbedsResult = await resolveEmbedsWithDiagnostics(article, { expand: true });
 */
export interface ResolveEmbedsResult extends ExpandEmbedsResult {
  /** The format the input was read as. */
  format: InputFormat;
}

/**
 * Counters of an expander's work so far (for progress reports and tests).
 *
 * @example
 * const { requests, cacheHits }: ExpanderStats = expander.stats();
 */
export interface ExpanderStats {
  /** Links started so far (every input once it is taken up, duplicates and skipped ones included). */
  links: number;
  /** HTTP requests sent (HEAD and GET, retries included). */
  requests: number;
  /** Links answered from the cache. */
  cacheHits: number;
  /** Links answered by joining a request already in flight for the same URL. */
  deduplicated: number;
  /** Links started and not finished (cache lookup, waiting or requesting), all calls together. */
  inFlight: number;
  /** Links past the cache and admitted to request (at most 2 × concurrency, 2 × perHost per host). */
  expanding: number;
  /** Requests waiting for a concurrency slot now. */
  queued: number;
}

/**
 * A long-lived link expander: one cache, one in-flight map, one host limiter and one connection
 * pool shared by every call, so a process can run millions of articles through it. Close it when
 * done.
 *
 * @example
 * const expander = createExpander({ concurrency: 64 });
 * try {
 *   for await (const article of articles) console.log(await expander.resolveEmbeds(article));
 * } finally {
 *   await expander.close();
 * }
 */
export interface Expander {
  /** Expands links; one result per input, in input order. Never rejects because of one link. */
  expandLinks(urls: readonly string[], options?: ExpandCallOptions): Promise<LinkExpansion[]>;
  /** Expands the links of existing records and completes the records from them. */
  expandEmbeds(records: readonly EmbedRecord[], options?: ExpandCallOptions): Promise<ExpandEmbedsResult>;
  /** Extracts the embeds of an article and expands their links. */
  resolveEmbeds(input: string, options?: ResolveCallOptions): Promise<EmbedRecord[]>;
  /** {@link Expander.resolveEmbeds} with diagnostics, the format read and the expansions. */
  resolveEmbedsWithDiagnostics(input: string, options?: ResolveCallOptions): Promise<ResolveEmbedsResult>;
  /** Counters of the work done so far. */
  stats(): ExpanderStats;
  /**
   * Ends pending links as `failed` (`expander closed`), waits for them, and closes the connection
   * pool the expander created (never a `dispatcher` or `cache` you passed). Idempotent. Calls after
   * `close()` reject with an `EmbedsiftError` of code `EMBEDSIFT_EXPANDER_CLOSED`.
   */
  close(): Promise<void>;
}

const cachedOutcomeSchema = linkExpansionSchema.omit({ url: true, cacheError: true });

type AbortKind = 'caller' | 'closed' | 'timeout';

interface SharedWork {
  promise: Promise<ExpansionOutcome & { cacheError?: string }>;
  controller: AbortController;
  subscribers: number;
  abortKind: AbortKind | null;
  abortReason: string | null;
}

/**
 * Creates a long-lived {@link Expander}. Options are checked now (`TypeError` / `RangeError`).
 *
 * @example
 * import { createExpander } from 'embedsift/expand';
 * const expander = createExpander({ hosts: ['t.co', 'bit.ly'] });
 * const [result] = await expander.expandLinks(['https://bit.ly/3abc']);
 * await expander.close();
 */
export function createExpander(options: ExpandOptions = {}): Expander {
  const resolved = resolveExpandOptions(options, 'createExpander');
  const ownsDispatcher = resolved.dispatcher === undefined;
  const dispatcher: Dispatcher =
    resolved.dispatcher ??
    createGuardedAgent({
      ...resolved.policy,
      connectTimeoutMs: resolved.connectTimeout,
      headersTimeoutMs: resolved.headersTimeout,
      bodyTimeoutMs: resolved.headersTimeout,
      connections: resolved.perHost,
    });
  const limiter = createHostLimiter({ concurrency: resolved.concurrency, perHost: resolved.perHost });
  // Admission: how many cache misses may be expanding at once, per link host and in all. A link
  // waiting here is one small queue entry; an admitted one holds timers and request state. Twice
  // the request limits keeps every request slot busy. Cache hits do not wait here.
  const admission = createHostLimiter({ concurrency: resolved.concurrency * 2, perHost: resolved.perHost * 2 });
  /** The most links of one call started at once (cache lookup included); the rest wait as plain array entries. */
  const linkWindow = Math.max(1024, resolved.concurrency * 32);
  /** One controller per running call, aborted by the call's signal, the expander's signal or close(). */
  const calls = new Set<AbortController>();
  const cache: GuardedCache | null =
    resolved.cache === false ? null : guardCache(resolved.cache ?? createMemoryCache(), resolved.cacheTimeout, resolved.onCacheWarning);
  /** Keys carry the policy, so expanders with different guards never share entries. */
  const cacheScope = cachePolicyScope(resolved);
  const inflight = new Map<string, SharedWork>();
  const active = new Set<SharedWork>();
  const counters = { links: 0, requests: 0, cacheHits: 0, deduplicated: 0 };
  let closed = false;
  let closing: Promise<void> | null = null;

  const stopAll = (kind: AbortKind, reason: string): void => {
    for (const call of [...calls]) call.abort(new Error(reason));
    for (const work of [...active]) abortWork(work, kind, reason);
  };
  const onExpanderAbort = (): void => stopAll('caller', 'aborted');
  const warnCache = (warning: CacheWarning): string => notifyCacheWarning(resolved.onCacheWarning, warning);
  resolved.signal?.addEventListener('abort', onExpanderAbort, { once: true });

  function abortWork(work: SharedWork, kind: AbortKind, reason: string): void {
    if (work.controller.signal.aborted) return;
    work.abortKind = kind;
    work.abortReason = reason;
    work.controller.abort(new Error(reason));
  }

  function startWork(key: string, canonical: string): SharedWork {
    const work: SharedWork = {
      promise: Promise.resolve({ status: 'failed', expandedUrl: null, hops: [] }),
      controller: new AbortController(),
      subscribers: 0,
      abortKind: null,
      abortReason: null,
    };
    active.add(work);
    inflight.set(key, work);
    work.promise = runWork(work, key, canonical).finally(() => {
      active.delete(work);
      if (inflight.get(key) === work) inflight.delete(key);
    });
    return work;
  }

  async function runWork(work: SharedWork, key: string, canonical: string): Promise<ExpansionOutcome & { cacheError?: string }> {
    let cacheError: string | undefined;
    if (cache !== null) {
      const read = await cache.get(key);
      if (read.error !== undefined) cacheError = read.error;
      else if (read.value !== undefined) {
        const parsed = cachedOutcomeSchema.safeParse(read.value);
        const refusal = parsed.success ? refusedCachedHop(parsed.data.hops, resolved.policy) : 'cached entry is not a link expansion';
        if (refusal === null && parsed.success) {
          counters.cacheHits++;
          return parsed.data;
        }
        if (refusal !== null) cacheError = warnCache({ code: 'cache-entry-invalid', operation: 'get', message: refusal });
      }
    }
    const hops: Hop[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    let release: (() => void) | undefined;
    let outcome: ExpansionOutcome;
    try {
      if (work.controller.signal.aborted) throw work.controller.signal.reason;
      release = await admission.acquire(new URL(canonical).host, work.controller.signal);
      outcome = await followRedirects(
        new URL(canonical),
        {
          dispatcher,
          limiter,
          options: resolved,
          signal: work.controller.signal,
          onRequestStart: () => {
            counters.requests++;
            if (timer === undefined) {
              timer = setTimeout(
                () => abortWork(work, 'timeout', `timed out after ${resolved.totalTimeout} ms (totalTimeout)`),
                resolved.totalTimeout,
              );
            }
          },
        },
        hops,
      );
    } catch (error) {
      const reason =
        work.abortKind === 'timeout' && hops.length > 0
          ? `${work.abortReason ?? 'timed out'} at hop ${hops.length}, after ${hops.length - 1} redirect${hops.length === 2 ? '' : 's'}`
          : (work.abortReason ?? `internal error: ${error instanceof Error ? error.message : String(error)}`);
      outcome = { status: 'failed', expandedUrl: null, hops, reason };
    } finally {
      clearTimeout(timer);
      release?.();
    }
    if (cache !== null && (work.abortKind === null || work.abortKind === 'timeout')) {
      const ttl =
        outcome.status === 'expanded' || outcome.status === 'unchanged'
          ? resolved.cacheTtl.success
          : outcome.status === 'failed'
            ? resolved.cacheTtl.failure
            : null;
      if (ttl !== null) {
        const error = await cache.set(key, outcome, ttl);
        if (error !== undefined) cacheError ??= error;
      }
    }
    return cacheError === undefined ? outcome : { ...outcome, cacheError };
  }

  function subscribe(work: SharedWork, scope: CallScope): Promise<ExpansionOutcome & { cacheError?: string }> {
    work.subscribers++;
    return new Promise((resolve) => {
      let settled = false;
      const unsubscribe = scope.onAbort(() => {
        if (settled) return;
        settled = true;
        work.subscribers--;
        if (work.subscribers === 0) abortWork(work, 'caller', 'aborted');
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

  /** The reason a call's pending links end with when the call is aborted. */
  const abortedReason = (): string => (closed ? 'expander closed' : 'aborted');

  async function expandOne(input: unknown, scope: CallScope, callSignal: AbortSignal): Promise<LinkExpansion> {
    counters.links++;
    if (typeof input !== 'string') {
      return { url: String(input), status: 'failed', expandedUrl: null, hops: [], reason: `not a string (${typeof input})` };
    }
    const canonical = canonicalInput(input);
    if (typeof canonical !== 'string') return { url: input, status: 'failed', expandedUrl: null, hops: [], reason: canonical.reason };
    const hostname = new URL(canonical).hostname;
    if (!matchesHost(hostname, resolved.hosts)) {
      return { url: input, status: 'skipped', expandedUrl: null, hops: [], reason: `${hostname} is not one of the hosts to expand` };
    }
    if (callSignal.aborted) return { url: input, status: 'failed', expandedUrl: null, hops: [], reason: abortedReason() };
    const key = cacheKeyOf(cacheScope, canonical);
    let work = joinable(key);
    if (work === undefined) work = startWork(key, canonical);
    else counters.deduplicated++;
    const outcome = await subscribe(work, scope);
    return { url: input, ...outcome };
  }

  function joinable(key: string): SharedWork | undefined {
    const work = inflight.get(key);
    return work === undefined || work.controller.signal.aborted ? undefined : work;
  }

  function assertOpen(caller: string): void {
    if (closed) throw new EmbedsiftError(`${caller}: the expander is closed`, { code: 'EMBEDSIFT_EXPANDER_CLOSED' });
  }

  async function expandLinks(urls: readonly string[], callOptions: ExpandCallOptions = {}): Promise<LinkExpansion[]> {
    assertOpen('expandLinks');
    if (!Array.isArray(urls)) throw new TypeError(`expandLinks: urls must be an array of strings, got ${typeof urls}`);
    const signal = readCallSignal(callOptions, 'expandLinks');
    const call = new AbortController();
    const onAbort = (): void => call.abort(signal?.reason);
    if (signal?.aborted === true || resolved.signal?.aborted === true) call.abort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    calls.add(call);
    const scope = new CallScope(call.signal);
    try {
      return await runWindowed(urls, (url) => expandOne(url, scope, call.signal), linkWindow);
    } finally {
      scope.dispose();
      calls.delete(call);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async function expandEmbeds(records: readonly EmbedRecord[], callOptions: ExpandCallOptions = {}): Promise<ExpandEmbedsResult> {
    assertOpen('expandEmbeds');
    if (!Array.isArray(records)) throw new TypeError(`expandEmbeds: records must be an array of embed records, got ${typeof records}`);
    const expansions = await expandLinks(collectLinkUrls(records), callOptions);
    const byUrl = new Map(expansions.map((expansion) => [expansion.url, expansion]));
    return { ...applyExpansions(records, byUrl), expansions };
  }

  async function resolveEmbedsWithDiagnostics(input: string, callOptions: ResolveCallOptions = {}): Promise<ResolveEmbedsResult> {
    assertOpen('resolveEmbeds');
    const { format: requested, ...rest } = callOptions;
    const extracted = extractEmbedsWithDiagnostics(input, requested === undefined ? {} : { format: requested });
    const expanded = await expandEmbeds(extracted.embeds, rest);
    const diagnostics: Diagnostic[] = [...extracted.diagnostics, ...expanded.diagnostics].sort((a, b) => a.start - b.start);
    return { embeds: expanded.embeds, diagnostics, format: extracted.format, expansions: expanded.expansions };
  }

  return {
    expandLinks,
    expandEmbeds,
    async resolveEmbeds(input, callOptions) {
      return (await resolveEmbedsWithDiagnostics(input, callOptions)).embeds;
    },
    resolveEmbedsWithDiagnostics,
    stats() {
      return { ...counters, inFlight: active.size, expanding: admission.active, queued: limiter.pending };
    },
    close() {
      if (closing !== null) return closing;
      closed = true;
      resolved.signal?.removeEventListener('abort', onExpanderAbort);
      const pending = [...active].map((work) => work.promise);
      stopAll('closed', 'expander closed');
      closing = (async () => {
        await Promise.allSettled(pending);
        if (ownsDispatcher) await dispatcher.close().catch(() => undefined);
      })();
      return closing;
    },
  };
}

/**
 * Runs `run` on every item with at most `window` running at once, started in input order, and
 * returns the results in input order. Keeps memory proportional to the window, not the input.
 */
function runWindowed<T>(items: readonly unknown[], run: (item: string) => Promise<T>, window: number): Promise<T[]> {
  const results = new Array<T>(items.length);
  if (items.length === 0) return Promise.resolve(results);
  return new Promise((resolve, reject) => {
    let next = 0;
    let finished = 0;
    const startMore = (): void => {
      while (next - finished < window && next < items.length) {
        const index = next++;
        run(items[index] as string).then((result) => {
          results[index] = result;
          finished++;
          if (finished === items.length) resolve(results);
          else startMore();
        }, reject);
      }
    };
    startMore();
  });
}

function readCallSignal(options: ExpandCallOptions | undefined, caller: string): AbortSignal | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null) throw new TypeError(`${caller}: options must be an object`);
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new TypeError(`${caller}: options.signal must be an AbortSignal`);
  return signal;
}

/** The canonical form of a link as asked (a scheme-less `bit.ly/x` is read as https), fragment dropped. */
function canonicalInput(input: string): string | { reason: string } {
  const trimmed = input.trim();
  if (trimmed === '') return { reason: 'invalid URL: empty string' };
  const hasScheme = /^[A-Za-z][A-Za-z0-9+.-]*:/.test(trimmed) && !/^[^:/]+:[0-9]+(?:[/?#]|$)/.test(trimmed);
  const absolute = hasScheme ? trimmed : `https://${trimmed.replace(/^\/\//, '')}`;
  const canonical = canonicalUrl(absolute, { dropFragment: true });
  if (canonical !== null) return canonical;
  try {
    const { protocol } = new URL(absolute);
    return { reason: `not an http or https URL (${protocol})` };
  } catch {
    return { reason: `invalid URL ${JSON.stringify(trimmed.slice(0, 100))}` };
  }
}
