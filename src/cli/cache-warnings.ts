import type { CacheWarning, CacheWarningCode } from '../expand/index.js';

/** What each kind of cache problem is called on stderr. */
const LABELS: Record<CacheWarningCode, string> = {
  'cache-error': 'cache error',
  'cache-timeout': 'cache timeout',
  'cache-unavailable': 'cache unavailable',
  'cache-entry-invalid': 'cache entry ignored',
};

/**
 * A cache-warning listener that prints each kind of problem once, not once per link:
 * `embedsift: cache timeout (expanding without the cache; further cache timeouts not shown): …`.
 *
 * @example
 * const warn = createCacheWarnings(process.stderr);
 * warn({ code: 'cache-timeout', operation: 'get', message: 'cache get timed out after 1000 ms' });
 */
export function createCacheWarnings(stderr: { write(text: string): unknown }): (warning: CacheWarning) => void {
  const shown = new Set<CacheWarningCode>();
  return (warning) => {
    if (shown.has(warning.code)) return;
    shown.add(warning.code);
    const label = LABELS[warning.code] ?? 'cache problem';
    stderr.write(`embedsift: ${label} (expanding without the cache; further ${label}s not shown): ${warning.message}\n`);
  };
}
