import type { Dispatcher } from 'undici';
import type { CacheWarning, ExpansionCache } from './cache-store.js';
import type { defaultExpandHosts } from './default-hosts.js';
import { readGuardPolicy } from './expand-policy.js';
import type { GuardPolicy } from './guard/index.js';
import type { isHostName } from './host-name.js';
import {
  readCache,
  readDispatcher,
  readHosts,
  readInteger,
  readListener,
  readMethod,
  readSignal,
  readTtl,
  readUserAgent,
} from './option-readers.js';
import type { defaultUserAgent } from './user-agent.js';
import { renameOptions, renamedExpandOptions, type RenamedExpandOption, type RenamedOptions } from './renamed-options.js';
import { checkOptionKeys, describeValue } from '../kit/index.js';

/**
 * How long results stay in the cache, in milliseconds.
 *
 * @example
 * const ttl: CacheTtl = { success: 7 * 24 * 3600_000, failure: 600_000 };
 */
export interface CacheTtl {
  /** For `expanded` and `unchanged` results. Default 30 days. */
  success?: number;
  /** For `failed` results (HTTP errors, loops, timeouts, network errors). Default 1 hour. */
  failure?: number;
}

/**
 * Options of the expander (`createExpander`, `expandLinks`, `expandEmbeds`, `resolveEmbeds`). All
 * durations are milliseconds. Every option is checked when the expander is created: a wrong type
 * throws a `TypeError`, a value out of range a `RangeError`.
 *
 * @example
 * const options: ExpandOptions = { hosts: ['t.co', 'bit.ly'], concurrency: 16, perHost: 2 };
 */
export interface ExpandOptions {
  /**
   * The hosts whose links are expanded (a host also covers its subdomains); links elsewhere are
   * `skipped`. Redirects are followed while they stay on these hosts; the first URL off them is
   * the answer and is not requested. `'all'` expands every link and follows every redirect to a
   * final answer. Default {@link defaultExpandHosts}. Each entry is a host name as a link's
   * `URL.hostname` writes it (no port; `xn--` form for an internationalised name; IPv6 in
   * brackets), see {@link isHostName}; anything else is a `TypeError`.
   * @example ['t.co', 'bit.ly']
   */
  hosts?: readonly string[] | 'all';
  /** The most redirects followed for one link; more is `failed`. Default 5. @example 3 */
  maxHops?: number;
  /** Milliseconds to open a connection (our agent only). Default 5,000. @example 2000 */
  connectTimeoutMs?: number;
  /** Milliseconds from sending a request to receiving its headers. Default 10,000. @example 5000 */
  headersTimeoutMs?: number;
  /**
   * Milliseconds for one link from its first request to its result, retries and redirects
   * included (time spent queued behind the concurrency limits does not count). Default 20,000.
   * @example 10000
   */
  totalTimeoutMs?: number;
  /** The most bytes of a page read to find a refresh or script redirect. Default 65,536. @example 16384 */
  maxBodyBytes?: number;
  /** The most requests in flight at once, over all hosts. Default 32. @example 64 */
  concurrency?: number;
  /** The most requests in flight at once to one host (host and port). Default 4. @example 2 */
  perHost?: number;
  /** Retries of one request after a network error, a 5xx or a 429. Default 2. @example 0 */
  retries?: number;
  /** The base of the exponential backoff with full jitter, in milliseconds (the cap is 20 × this). Default 250. @example 100 */
  retryDelayMs?: number;
  /**
   * The longest `Retry-After` (429, 503) honoured, in milliseconds; a longer one ends the link as
   * `failed`. Default 10,000. @example 2000
   */
  maxRetryAfterMs?: number;
  /**
   * The method of a hop's first request. `'GET'` (default) keeps connections alive and reads a
   * refresh page (t.co's answer to browser-like clients) in the same request; redirect bodies are
   * drained (up to 16 KiB) or dropped, 2xx bodies read only up to `maxBodyBytes`. `'HEAD'` asks for
   * headers only and falls back to GET when HEAD is refused or a 2xx HTML page may hide a refresh
   * redirect; but undici closes the connection after every HEAD (a guard against servers that send
   * a body anyway), so each HEAD costs a new TCP (and TLS) handshake: 1.67x the ideal time in
   * `bench/expand.bench.mjs` against 1.12x for GET.
   * @example 'HEAD'
   */
  method?: 'HEAD' | 'GET';
  /** The `User-Agent` header. Default {@link defaultUserAgent}. @example 'my-crawler/1.0 (+https://example.org/bot)' */
  userAgent?: string;
  /** Aborting it ends every pending link as `failed` with reason `aborted`. @example AbortSignal.timeout(60_000) */
  signal?: AbortSignal;
  /**
   * Where results are kept between runs: any Keyv-compatible store (a `Keyv` instance, Redis
   * through `@keyv/redis`, {@link createFileCache}); `false` for none. Default: an in-memory LRU
   * of 10,000 entries per expander.
   * @example new Keyv({ store: new KeyvRedis('redis://localhost:6379') })
   */
  cache?: ExpansionCache | false;
  /** How long results are cached, in milliseconds. Default `{ success: 30 days, failure: 1 hour }`. @example { failure: 60_000 } */
  cacheTtlMs?: CacheTtl;
  /**
   * The longest one cache read or write may take, in milliseconds; past it the read counts as a
   * miss (the write is dropped), the link is expanded anyway and `onCacheWarning` hears of it.
   * Default 1,000.
   * @example 250
   */
  cacheTimeoutMs?: number;
  /**
   * Called for each cache problem (a timeout, an error, a skipped call, an entry not used), once
   * per occurrence: deduplicate by `code` to report each kind once. The link goes on without the
   * cache either way, and its result carries the message in `cacheError`. A listener that throws
   * is ignored.
   * @example (warning) => console.warn(`${warning.code}: ${warning.message}`)
   */
  onCacheWarning?: (warning: CacheWarning) => void;
  /**
   * Whether requests may go to non-public addresses (loopback, private, link-local…): `false`
   * (default), `true`, or a predicate given each non-public address. Passed to the SSRF guard.
   * @example (address) => address === '127.0.0.1'
   */
  allowPrivateNetworks?: GuardPolicy['allowPrivateNetworks'];
  /** The ports requests may go to; default `[80, 443]`; `'all'` for any. @example [80, 443, 8080] */
  allowedPorts?: GuardPolicy['allowedPorts'];
  /**
   * An undici Dispatcher used instead of the guarded agent (for tests, proxies). `checkTarget`
   * still vets every hop, but the connect-time address check of the guarded agent (which catches
   * host names resolving to private addresses) is then the dispatcher's business. Never closed by
   * the expander.
   * @example new Agent({ connect: { timeout: 1000 } })
   */
  dispatcher?: Dispatcher;
  /** @deprecated Renamed {@link ExpandOptions.connectTimeoutMs}; read in this release, with a warning. */
  connectTimeout?: number;
  /** @deprecated Renamed {@link ExpandOptions.headersTimeoutMs}; read in this release, with a warning. */
  headersTimeout?: number;
  /** @deprecated Renamed {@link ExpandOptions.totalTimeoutMs}; read in this release, with a warning. */
  totalTimeout?: number;
  /** @deprecated Renamed {@link ExpandOptions.retryDelayMs}; read in this release, with a warning. */
  retryDelay?: number;
  /** @deprecated Renamed {@link ExpandOptions.maxRetryAfterMs}; read in this release, with a warning. */
  maxRetryAfter?: number;
  /** @deprecated Renamed {@link ExpandOptions.cacheTimeoutMs}; read in this release, with a warning. */
  cacheTimeout?: number;
  /** @deprecated Renamed {@link ExpandOptions.cacheTtlMs}; read in this release, with a warning. */
  cacheTtl?: CacheTtl;
}

/**
 * Options of one call on an expander.
 *
 * @example
 * await expander.expandLinks(urls, { signal: AbortSignal.timeout(30_000) });
 */
export interface ExpandCallOptions {
  /** Aborting it ends this call's pending links as `failed` with reason `aborted`. */
  signal?: AbortSignal;
}

/**
 * Every option with its default filled in; what the expander runs on.
 *
 * @example
 * const resolved: ResolvedExpandOptions = resolveExpandOptions({}, 'createExpander');
 */
export interface ResolvedExpandOptions {
  /** See {@link ExpandOptions.hosts}; host names lowercased. */
  hosts: readonly string[] | 'all';
  /** See {@link ExpandOptions.maxHops}. */
  maxHops: number;
  /** See {@link ExpandOptions.connectTimeoutMs}. */
  connectTimeoutMs: number;
  /** See {@link ExpandOptions.headersTimeoutMs}. */
  headersTimeoutMs: number;
  /** See {@link ExpandOptions.totalTimeoutMs}. */
  totalTimeoutMs: number;
  /** See {@link ExpandOptions.maxBodyBytes}. */
  maxBodyBytes: number;
  /** See {@link ExpandOptions.concurrency}. */
  concurrency: number;
  /** See {@link ExpandOptions.perHost}. */
  perHost: number;
  /** See {@link ExpandOptions.retries}. */
  retries: number;
  /** See {@link ExpandOptions.retryDelayMs}. */
  retryDelayMs: number;
  /** See {@link ExpandOptions.maxRetryAfterMs}. */
  maxRetryAfterMs: number;
  /** See {@link ExpandOptions.method}. */
  method: 'HEAD' | 'GET';
  /** See {@link ExpandOptions.userAgent}. */
  userAgent: string;
  /** See {@link ExpandOptions.signal}. */
  signal: AbortSignal | undefined;
  /** The cache given, `false` for none, `undefined` for the default in-memory LRU. */
  cache: ExpansionCache | false | undefined;
  /** See {@link ExpandOptions.cacheTtlMs}, both filled in. */
  cacheTtlMs: { success: number; failure: number };
  /** See {@link ExpandOptions.cacheTimeoutMs}. */
  cacheTimeoutMs: number;
  /** See {@link ExpandOptions.onCacheWarning}. */
  onCacheWarning: ((warning: CacheWarning) => void) | undefined;
  /** The SSRF guard policy built from `allowPrivateNetworks` and `allowedPorts`. */
  policy: GuardPolicy;
  /** See {@link ExpandOptions.dispatcher}. */
  dispatcher: Dispatcher | undefined;
}

/**
 * The defaults of {@link ExpandOptions}.
 *
 * @example
 * expandDefaults.maxHops; // 5
 */
export const expandDefaults = Object.freeze({
  maxHops: 5,
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 10_000,
  totalTimeoutMs: 20_000,
  maxBodyBytes: 64 * 1024,
  concurrency: 32,
  perHost: 4,
  retries: 2,
  retryDelayMs: 250,
  maxRetryAfterMs: 10_000,
  cacheTtlMs: Object.freeze({ success: 30 * 24 * 3_600_000, failure: 3_600_000 }),
  cacheTimeoutMs: 1_000,
  /** @deprecated Renamed `connectTimeoutMs`. */
  connectTimeout: 5_000,
  /** @deprecated Renamed `headersTimeoutMs`. */
  headersTimeout: 10_000,
  /** @deprecated Renamed `totalTimeoutMs`. */
  totalTimeout: 20_000,
  /** @deprecated Renamed `retryDelayMs`. */
  retryDelay: 250,
  /** @deprecated Renamed `maxRetryAfterMs`. */
  maxRetryAfter: 10_000,
  /** @deprecated Renamed `cacheTtlMs`. */
  cacheTtl: Object.freeze({ success: 30 * 24 * 3_600_000, failure: 3_600_000 }),
  /** @deprecated Renamed `cacheTimeoutMs`. */
  cacheTimeout: 1_000,
});

/**
 * The option names of {@link ExpandOptions}, checked against the interface by the compiler (a key
 * missing here or not in the interface fails the build), so the unknown-key check cannot drift.
 * The deprecated old names ({@link renamedExpandOptions}) are not listed: they are read, and
 * renamed, before the check.
 *
 * @example
 * expandOptionKeys.includes('maxHops'); // true
 */
export const expandOptionKeys = Object.keys({
  hosts: true,
  maxHops: true,
  connectTimeoutMs: true,
  headersTimeoutMs: true,
  totalTimeoutMs: true,
  maxBodyBytes: true,
  concurrency: true,
  perHost: true,
  retries: true,
  retryDelayMs: true,
  maxRetryAfterMs: true,
  method: true,
  userAgent: true,
  signal: true,
  cache: true,
  cacheTtlMs: true,
  cacheTimeoutMs: true,
  onCacheWarning: true,
  allowPrivateNetworks: true,
  allowedPorts: true,
  dispatcher: true,
} satisfies Record<Exclude<keyof ExpandOptions, RenamedExpandOption>, true>) as ReadonlyArray<keyof ExpandOptions>;

// Every renamed option's new name is an option and its old name is in the type (compile-time check).
renamedExpandOptions satisfies Record<RenamedExpandOption & keyof ExpandOptions, keyof ExpandOptions>;

/**
 * Reads the names of an options object: moves the deprecated old names to the new ones (one
 * warning per old name, a `TypeError` when both are given, see {@link renameOptions}), then
 * throws a `TypeError` for an unknown key, naming the nearest valid one. `extraKeys` are the
 * entry point's own options (`format`, `expand`). A value that is not an object is returned as
 * is, for the caller's own check.
 *
 * @example
 * readOptionNames({ totalTimeout: 5000 }, 'expandLinks').options; // { totalTimeoutMs: 5000 }
 * readOptionNames({ totalTimout: 5000 }, 'expandLinks'); // TypeError: … (did you mean "totalTimeoutMs"?)
 */
export function readOptionNames(options: unknown, caller: string, extraKeys: readonly string[] = []): RenamedOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return { options: options as Record<string, unknown>, givenAs: new Map() };
  }
  const named = renameOptions(options as Record<string, unknown>, caller);
  checkOptionKeys(named.options, extraKeys.length === 0 ? expandOptionKeys : [...expandOptionKeys, ...extraKeys], caller);
  return named;
}

/**
 * Checks options and fills in defaults. Unknown keys in `extraKeys` are allowed (the resolve
 * functions add `format` and `expand`); any other unknown key is a `TypeError`, as is a wrong type;
 * a number out of range is a `RangeError`. Messages start with `caller`.
 *
 * @example
 * resolveExpandOptions({ maxHops: 3 }, 'expandLinks').maxHops; // 3
 * resolveExpandOptions({ maxHops: -1 }, 'expandLinks'); // throws RangeError
 */
export function resolveExpandOptions(options: unknown, caller: string, extraKeys: readonly string[] = []): ResolvedExpandOptions {
  if (options === undefined) options = {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new TypeError(`${caller}: options must be an object, got ${describeValue(options)}`);
  }
  const { options: o, givenAs } = readOptionNames(options, caller, extraKeys);
  const int = (name: string, fallback: number, min: number, max = Number.MAX_SAFE_INTEGER): number =>
    readInteger(o, name, fallback, min, max, caller, givenAs.get(name));
  return {
    hosts: readHosts(o.hosts, caller),
    maxHops: int('maxHops', expandDefaults.maxHops, 0, 100),
    connectTimeoutMs: int('connectTimeoutMs', expandDefaults.connectTimeoutMs, 1),
    headersTimeoutMs: int('headersTimeoutMs', expandDefaults.headersTimeoutMs, 1),
    totalTimeoutMs: int('totalTimeoutMs', expandDefaults.totalTimeoutMs, 1),
    maxBodyBytes: int('maxBodyBytes', expandDefaults.maxBodyBytes, 0, 16 * 1024 * 1024),
    concurrency: int('concurrency', expandDefaults.concurrency, 1, 10_000),
    perHost: int('perHost', expandDefaults.perHost, 1, 10_000),
    retries: int('retries', expandDefaults.retries, 0, 20),
    retryDelayMs: int('retryDelayMs', expandDefaults.retryDelayMs, 0),
    maxRetryAfterMs: int('maxRetryAfterMs', expandDefaults.maxRetryAfterMs, 0),
    method: readMethod(o.method, caller),
    userAgent: readUserAgent(o.userAgent, caller),
    signal: readSignal(o.signal, caller),
    cache: readCache(o.cache, caller),
    cacheTtlMs: readTtl(o.cacheTtlMs, givenAs.get('cacheTtlMs') ?? 'cacheTtlMs', expandDefaults.cacheTtlMs, caller),
    cacheTimeoutMs: int('cacheTimeoutMs', expandDefaults.cacheTimeoutMs, 1),
    onCacheWarning: readListener(o.onCacheWarning, 'onCacheWarning', caller),
    policy: readGuardPolicy(o, caller),
    dispatcher: readDispatcher(o.dispatcher, caller),
  };
}
