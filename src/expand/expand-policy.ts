import { describeValue } from '../kit/index.js';
import { canonicalUrl } from './canonical-url.js';
import { matchesHost } from './default-hosts.js';
import type { LinkExpansion } from './expand-result.js';
import type { GuardPolicy } from './guard/index.js';

/**
 * The expander's policy: which links it takes up (and in which canonical form), and which
 * addresses and ports its requests may reach. The hop loop applies the same policy to every
 * redirect (`checkTarget` with {@link readGuardPolicy}'s result, `matchesHost` with `hosts`).
 */

/**
 * A link the policy lets through: its canonical URL (the in-flight and cache key), parsed.
 *
 * @example
 * const admitted: AdmittedLink = { canonical: 'https://t.co/abc', url: new URL('https://t.co/abc') };
 */
export interface AdmittedLink {
  /** The canonical form of the link as asked, fragment dropped. */
  canonical: string;
  /** `canonical`, parsed. */
  url: URL;
}

/**
 * Decides whether a link is taken up: a non-string or an invalid or non-http(s) URL is `failed`,
 * a link off `hosts` is `skipped` (both with a reason, and no request); otherwise the canonical
 * link to expand. A scheme-less `bit.ly/x` is read as https.
 *
 * @example
 * admitLink('bit.ly/3abc', ['bit.ly']); // { canonical: 'https://bit.ly/3abc', url: URL }
 * admitLink('https://example.com/', ['bit.ly']); // { url: 'https://example.com/', status: 'skipped', … }
 */
export function admitLink(input: unknown, hosts: readonly string[] | 'all'): AdmittedLink | LinkExpansion {
  if (typeof input !== 'string') {
    return { url: String(input), status: 'failed', expandedUrl: null, hops: [], reason: `not a string (${typeof input})` };
  }
  const canonical = canonicalInput(input);
  if (typeof canonical !== 'string') return { url: input, status: 'failed', expandedUrl: null, hops: [], reason: canonical.reason };
  const url = new URL(canonical);
  if (!matchesHost(url.hostname, hosts)) {
    return { url: input, status: 'skipped', expandedUrl: null, hops: [], reason: `${url.hostname} is not one of the hosts to expand` };
  }
  return { canonical, url };
}

/**
 * Whether {@link admitLink} let a link through.
 *
 * @example
 * const verdict = admitLink(link, hosts);
 * if (isAdmitted(verdict)) console.log(verdict.canonical);
 */
export function isAdmitted(verdict: AdmittedLink | LinkExpansion): verdict is AdmittedLink {
  return 'canonical' in verdict;
}

/**
 * Reads the SSRF guard policy from `allowPrivateNetworks` (default `false`) and `allowedPorts`
 * (default `[80, 443]`), with a `TypeError` or `RangeError` naming the option when a value is
 * wrong. Messages start with `caller`.
 *
 * @example
 * readGuardPolicy({ allowedPorts: [443] }, 'createExpander'); // { allowPrivateNetworks: false, allowedPorts: [443] }
 */
export function readGuardPolicy(options: Record<string, unknown>, caller: string): GuardPolicy {
  const allow = options.allowPrivateNetworks ?? false;
  if (typeof allow !== 'boolean' && typeof allow !== 'function') {
    throw new TypeError(
      `${caller}: options.allowPrivateNetworks must be a boolean or a function (address, family) => boolean, got ${describeValue(allow)}`,
    );
  }
  const ports = options.allowedPorts ?? [80, 443];
  if (ports !== 'all') {
    if (!Array.isArray(ports))
      throw new TypeError(`${caller}: options.allowedPorts must be an array of ports or 'all', got ${describeValue(ports)}`);
    for (const port of ports) {
      if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
        throw new RangeError(`${caller}: options.allowedPorts must hold ports from 1 to 65535, got ${describeValue(port)}`);
      }
    }
  }
  return {
    allowPrivateNetworks: allow as GuardPolicy['allowPrivateNetworks'],
    allowedPorts: ports === 'all' ? 'all' : Object.freeze([...(ports as number[])]),
  };
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
