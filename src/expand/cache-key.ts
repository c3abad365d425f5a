import { createHash, randomUUID } from 'node:crypto';
import type { ResolvedExpandOptions } from './expand-options.js';
import type { Hop } from './expand-result.js';
import { checkTarget } from './guard/index.js';

/** The prefix of every cache key; bump the version when the key or the cached shape changes. */
const CACHE_PREFIX = 'embedsift:expand:v2:';

/** One random id per predicate function: a function's behaviour cannot be written into a key. */
const predicateIds = new WeakMap<object, string>();

/**
 * The part of every cache key that names what the result depends on besides the link: the guard
 * (`allowPrivateNetworks`, `allowedPorts`, and whether the expander's own guarded agent checks
 * resolved addresses or a `dispatcher` you passed connects), `hosts` and `maxHops`. Expanders
 * that differ in any of these never read each other's entries, even in one shared store: an
 * expander allowed to reach private networks cannot hand its expansions to a guarded one.
 *
 * A predicate `allowPrivateNetworks` cannot be compared across processes, so it gets a random id
 * per function object: its entries are shared only by expanders given that same function in the
 * same process. Returns 16 hex digits of a SHA-256.
 *
 * @example
 * const scope = cachePolicyScope(resolveExpandOptions({}, 'createExpander')); // e.g. '3f9a0c…'
 */
export function cachePolicyScope(options: ResolvedExpandOptions): string {
  const { allowPrivateNetworks, allowedPorts } = options.policy;
  const privateNetworks =
    typeof allowPrivateNetworks === 'function' ? `predicate:${predicateId(allowPrivateNetworks)}` : allowPrivateNetworks;
  const described = JSON.stringify({
    connect: options.dispatcher === undefined ? 'guarded-agent' : 'custom-dispatcher',
    allowPrivateNetworks: privateNetworks,
    allowedPorts: allowedPorts === 'all' ? 'all' : [...new Set(allowedPorts)].sort((a, b) => a - b),
    hosts: options.hosts === 'all' ? 'all' : [...new Set(options.hosts)].sort(),
    maxHops: options.maxHops,
  });
  return createHash('sha256').update(described).digest('hex').slice(0, 16);
}

/**
 * The cache key of a canonical link under a policy scope from {@link cachePolicyScope}.
 *
 * @example
 * cacheKeyOf('3f9a0c1d2e4b5a69', 'https://t.co/abc'); // 'embedsift:expand:v2:3f9a0c1d2e4b5a69:https://t.co/abc'
 */
export function cacheKeyOf(scope: string, canonical: string): string {
  return `${CACHE_PREFIX}${scope}:${canonical}`;
}

/**
 * Checks a cached chain against the reader's guard before it is used: `null` when every URL that
 * was requested (the link, and every hop with an HTTP status) passes `checkTarget`, else the
 * reason. This is a second line behind the key scope: it catches entries written into a shared
 * store by something else, but it cannot see DNS (a host name that resolved to a private address
 * passes), which is why the key carries the policy.
 *
 * @example
 * refusedCachedHop([{ url: 'http://10.0.0.1/', status: 301 }], defaultGuardPolicy); // 'cached chain requested http://10.0.0.1/: …'
 */
export function refusedCachedHop(hops: readonly Hop[], policy: ResolvedExpandOptions['policy']): string | null {
  for (let index = 0; index < hops.length; index++) {
    const hop = hops[index];
    if (hop === undefined || (index > 0 && hop.status === null)) continue;
    const refusal = checkTarget(hop.url, policy);
    if (refusal !== null) return `cached chain requested ${hop.url.slice(0, 200)}, which this expander's guard refuses: ${refusal}`;
  }
  return null;
}

function predicateId(predicate: object): string {
  let id = predicateIds.get(predicate);
  if (id === undefined) {
    id = randomUUID();
    predicateIds.set(predicate, id);
  }
  return id;
}
