import type { Dispatcher } from 'undici';
import { extractEmbedsWithDiagnostics } from '../extract/index.js';
import type { Diagnostic, EmbedRecord, InputFormat } from '../schema/index.js';
import { type AbortKind, type ChainContext, type ChainStop, followChain } from './bounded-chain.js';
import { createCacheFront } from './cache-front.js';
import { CallScope } from './call-scope.js';
import { admitLink, isAdmitted } from './expand-policy.js';
import { resolveExpandOptions, type ExpandCallOptions, type ExpandOptions } from './expand-options.js';
import type { LinkExpansion } from './expand-result.js';
import { createExpansionSlots } from './expansion-slots.js';
import { EmbedsiftError } from './errors/index.js';
import { createGuardedAgent } from './guard/index.js';
import { applyExpansions, collectLinkUrls, type ExpandEmbedsResult } from './resolve-embeds.js';
import { runWindowed } from './run-windowed.js';
import { SharedLinks, type SharedOutcome } from './shared-links.js';

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
      connectTimeoutMs: resolved.connectTimeoutMs,
      headersTimeoutMs: resolved.headersTimeoutMs,
      bodyTimeoutMs: resolved.headersTimeoutMs,
      connections: resolved.perHost,
    });
  const slots = createExpansionSlots(resolved);
  const cacheFront = createCacheFront(resolved);
  const links = new SharedLinks();
  const counters = { links: 0, requests: 0, cacheHits: 0, deduplicated: 0 };
  const chainContext: ChainContext = {
    dispatcher,
    requests: slots.requests,
    admission: slots.admission,
    options: resolved,
    onRequest: () => {
      counters.requests++;
    },
  };
  /** One controller per running call, aborted by the call's signal, the expander's signal or close(). */
  const calls = new Set<AbortController>();
  let closed = false;
  let closing: Promise<void> | null = null;

  /** Aborts every call, then stops the work no call waits for any more; returns the work's promises. */
  const stopAll = (kind: AbortKind, reason: string): Promise<SharedOutcome>[] => {
    for (const call of [...calls]) call.abort(new Error(reason));
    return links.stopAll(kind, reason);
  };
  const onExpanderAbort = (): void => void stopAll('caller', 'aborted');
  resolved.signal?.addEventListener('abort', onExpanderAbort, { once: true });

  /** One link's work: the cache front, else the bounded chain, whose outcome is then cached. */
  async function runLink(key: string, start: URL, stop: ChainStop): Promise<SharedOutcome> {
    const lookup = await cacheFront.read(key);
    if (lookup.hit !== null) {
      counters.cacheHits++;
      return lookup.hit;
    }
    const outcome = await followChain(start, chainContext, stop);
    let cacheError = lookup.error;
    if (stop.kind === null || stop.kind === 'timeout') {
      const error = await cacheFront.write(key, outcome);
      if (error !== undefined) cacheError ??= error;
    }
    return cacheError === undefined ? outcome : { ...outcome, cacheError };
  }

  /** The reason a call's pending links end with when the call is aborted. */
  const abortedReason = (): string => (closed ? 'expander closed' : 'aborted');

  async function expandOne(input: unknown, scope: CallScope, callSignal: AbortSignal): Promise<LinkExpansion> {
    counters.links++;
    const admitted = admitLink(input, resolved.hosts);
    if (!isAdmitted(admitted)) return admitted;
    if (callSignal.aborted) return { url: input as string, status: 'failed', expandedUrl: null, hops: [], reason: abortedReason() };
    const key = cacheFront.keyOf(admitted.canonical);
    const { work, joined } = links.take(key, (stop) => runLink(key, admitted.url, stop));
    if (joined) counters.deduplicated++;
    const outcome = await links.subscribe(work, scope, abortedReason);
    return { url: input as string, ...outcome };
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
      return await runWindowed(urls, (url) => expandOne(url, scope, call.signal), slots.linkWindow);
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
      return { ...counters, inFlight: links.size, expanding: slots.admission.active, queued: slots.requests.pending };
    },
    close() {
      if (closing !== null) return closing;
      closed = true;
      resolved.signal?.removeEventListener('abort', onExpanderAbort);
      const pending = stopAll('closed', 'expander closed');
      closing = (async () => {
        await Promise.allSettled(pending);
        if (ownsDispatcher) await dispatcher.close().catch(() => undefined);
      })();
      return closing;
    },
  };
}

function readCallSignal(options: ExpandCallOptions | undefined, caller: string): AbortSignal | undefined {
  if (options === undefined) return undefined;
  if (typeof options !== 'object' || options === null) throw new TypeError(`${caller}: options must be an object`);
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new TypeError(`${caller}: options.signal must be an AbortSignal`);
  return signal;
}
