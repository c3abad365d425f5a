import type { Dispatcher } from 'undici';
import { describeValue } from '../kit/index.js';
import type { CacheWarning, ExpansionCache } from './cache-store.js';
import { defaultExpandHosts } from './default-hosts.js';
import { isHostName } from './host-name.js';
import { defaultUserAgent } from './user-agent.js';

/**
 * Reads a whole-number option of `options`: `fallback` when absent, a `TypeError` when not a
 * number, a `RangeError` when not an integer from `min` to `max`. Messages start with `caller`
 * and name the option as `label` (the name it was given as), by default `name`.
 *
 * @example
 * readInteger({ maxHops: 3 }, 'maxHops', 5, 0, 100, 'createExpander'); // 3
 */
export function readInteger(
  options: Record<string, unknown>,
  name: string,
  fallback: number,
  min: number,
  max: number,
  caller: string,
  label = name,
): number {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(`${caller}: options.${label} must be a number, got ${describeValue(value)}`);
  }
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${caller}: options.${label} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

/**
 * Reads `cacheTtlMs`-shaped options, `{ success?, failure? }` in milliseconds, each a positive
 * integer; the fallbacks fill what is absent.
 *
 * @example
 * readTtl({ failure: 60_000 }, 'cacheTtlMs', { success: 1000, failure: 10 }, 'createExpander'); // { success: 1000, failure: 60000 }
 */
export function readTtl(
  value: unknown,
  name: string,
  fallback: { readonly success: number; readonly failure: number },
  caller: string,
): { success: number; failure: number } {
  if (value !== undefined && (typeof value !== 'object' || value === null)) {
    throw new TypeError(`${caller}: options.${name} must be an object { success?, failure? }, got ${describeValue(value)}`);
  }
  const one = (key: 'success' | 'failure'): number => {
    const given = (value as Record<string, unknown> | undefined)?.[key];
    if (given === undefined) return fallback[key];
    if (typeof given !== 'number' || !Number.isInteger(given) || given < 1) {
      throw new RangeError(`${caller}: options.${name}.${key} must be a positive integer (ms), got ${describeValue(given)}`);
    }
    return given;
  };
  return { success: one('success'), failure: one('failure') };
}

/**
 * Reads `hosts`: {@link defaultExpandHosts} when absent, `'all'`, or host names (trimmed,
 * lowercased) that pass {@link isHostName}; anything else is a `TypeError`.
 *
 * @example
 * readHosts([' T.CO '], 'createExpander'); // ['t.co']
 */
export function readHosts(value: unknown, caller: string): readonly string[] | 'all' {
  if (value === undefined) return defaultExpandHosts;
  if (value === 'all') return 'all';
  if (!Array.isArray(value))
    throw new TypeError(`${caller}: options.hosts must be an array of host names or 'all', got ${describeValue(value)}`);
  return value.map((host: unknown) => {
    if (typeof host !== 'string' || !isHostName(host.trim())) {
      throw new TypeError(`${caller}: options.hosts must hold host names such as 't.co', got ${describeValue(host)}`);
    }
    return host.trim().toLowerCase();
  });
}

/**
 * Reads `method`: `'GET'` when absent, else `'HEAD'` or `'GET'`.
 *
 * @example
 * readMethod('HEAD', 'createExpander'); // 'HEAD'
 */
export function readMethod(value: unknown, caller: string): 'HEAD' | 'GET' {
  if (value === undefined) return 'GET';
  if (value !== 'HEAD' && value !== 'GET')
    throw new TypeError(`${caller}: options.method must be 'HEAD' or 'GET', got ${describeValue(value)}`);
  return value;
}

/**
 * Reads `userAgent`: {@link defaultUserAgent} when absent, else a non-empty single-line string
 * (a line break could smuggle in a header).
 *
 * @example
 * readUserAgent('my-crawler/1.0', 'createExpander'); // 'my-crawler/1.0'
 */
export function readUserAgent(value: unknown, caller: string): string {
  if (value === undefined) return defaultUserAgent;
  if (typeof value !== 'string' || value === '' || /[\r\n]/.test(value)) {
    throw new TypeError(`${caller}: options.userAgent must be a non-empty single-line string, got ${describeValue(value)}`);
  }
  return value;
}

/**
 * Reads `signal`: absent or an `AbortSignal`.
 *
 * @example
 * readSignal(AbortSignal.timeout(1000), 'createExpander');
 */
export function readSignal(value: unknown, caller: string): AbortSignal | undefined {
  if (value === undefined) return undefined;
  if (!(value instanceof AbortSignal)) throw new TypeError(`${caller}: options.signal must be an AbortSignal, got ${describeValue(value)}`);
  return value;
}

/**
 * Reads `cache`: absent (the default LRU), `false` (none), or a store with `get` and `set`.
 *
 * @example
 * readCache(new Map(), 'createExpander'); // the map (it has get and set)
 */
export function readCache(value: unknown, caller: string): ExpansionCache | false | undefined {
  if (value === undefined || value === false) return value;
  const cache = value as Partial<ExpansionCache> | null;
  if (typeof cache !== 'object' || cache === null || typeof cache.get !== 'function' || typeof cache.set !== 'function') {
    throw new TypeError(
      `${caller}: options.cache must be a Keyv-compatible store with get(key) and set(key, value, ttl), or false; got ${describeValue(value)}`,
    );
  }
  return cache as ExpansionCache;
}

/**
 * Reads a listener option: absent or a function.
 *
 * @example
 * readListener(console.warn, 'onCacheWarning', 'createExpander');
 */
export function readListener(value: unknown, name: string, caller: string): ((warning: CacheWarning) => void) | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'function') throw new TypeError(`${caller}: options.${name} must be a function, got ${describeValue(value)}`);
  return value as (warning: CacheWarning) => void;
}

/**
 * Reads `dispatcher`: absent or an object with undici's `request` and `dispatch`.
 *
 * @example
 * readDispatcher(new Agent(), 'createExpander');
 */
export function readDispatcher(value: unknown, caller: string): Dispatcher | undefined {
  if (value === undefined) return undefined;
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof (value as Dispatcher).request !== 'function' ||
    typeof (value as Dispatcher).dispatch !== 'function'
  ) {
    throw new TypeError(`${caller}: options.dispatcher must be an undici Dispatcher, got ${describeValue(value)}`);
  }
  return value as Dispatcher;
}
