import { canonicalUrl } from './canonical-url.js';
import { defaultExpandHosts, matchesHost } from './default-hosts.js';
import type { Hop, LinkExpansion } from './expand-result.js';
import { checkTarget } from './guard/index.js';
import { requestHop, type HopContext } from './request-hop.js';

/**
 * A link's result without the `url` it was asked as (what the cache stores).
 *
 * @example
 * const outcome: ExpansionOutcome = { status: 'unchanged', expandedUrl: 'https://example.com/', hops: [{ url: 'https://example.com/', status: 200 }] };
 */
export type ExpansionOutcome = Omit<LinkExpansion, 'url' | 'cacheError'>;

/**
 * Follows a link's redirects by hand, one hop at a time:
 *
 * 1. every hop is vetted by `checkTarget` before anything is sent (and by the guarded connector
 *    when it connects); a refusal ends the link as `blocked`;
 * 2. a 3xx `Location`, a meta refresh (delay ≤ 5 s) or, on the link itself and on shortener hosts,
 *    a script redirect is resolved against the hop's URL; a
 *    non-http(s) target, a URL seen before (`redirect loop`) or more than `maxHops` redirects end
 *    the link as `failed`;
 * 3. a target off the expansion hosts is the answer and is not requested;
 * 4. the first answer that is not a redirect ends the walk: on the link itself a 2xx is
 *    `unchanged` and anything else `failed` (`HTTP 404`); after one redirect or more it is
 *    `expanded` when it is a 2xx, 3xx or 4xx (the redirect said where the link leads; a page that
 *    is gone or refuses robots is still the target, and its status is in the last hop) and
 *    `failed` on a 5xx or 429 left after the retries (the walk may have stopped half-way, on
 *    another shortener).
 *
 * Throws only when `context.signal` aborts (the caller turns that into a result); `hops` then holds
 * the chain so far, ending with the hop that was pending (status `null`).
 *
 * @example
 * const outcome = await followRedirects(new URL('https://t.co/abc'), context, hops);
 */
export async function followRedirects(start: URL, context: HopContext, hops: Hop[]): Promise<ExpansionOutcome> {
  const { options } = context;
  const seen = new Set<string>();
  let current = start;
  let redirects = 0;
  for (;;) {
    const href = withoutFragment(current);
    const refusal = checkTarget(href, options.policy);
    if (refusal !== null) {
      hops.push({ url: href, status: null });
      return { status: 'blocked', expandedUrl: null, hops, reason: refusal };
    }
    seen.add(href);
    // Script redirects are a heuristic: trusted on the link itself and on shortener hosts only.
    const scriptRedirects = redirects === 0 || matchesHost(current.hostname, options.hosts === 'all' ? defaultExpandHosts : options.hosts);
    let outcome: Awaited<ReturnType<typeof requestHop>>;
    try {
      outcome = await requestHop(current, context, { scriptRedirects });
    } catch (error) {
      // Aborted (totalTimeoutMs, the caller, close): the chain so far stays, ending at this hop.
      hops.push({ url: href, status: null });
      throw error;
    }
    if (outcome.kind === 'blocked') {
      hops.push({ url: href, status: null });
      return { status: 'blocked', expandedUrl: null, hops, reason: outcome.reason };
    }
    if (outcome.kind === 'error') {
      hops.push({ url: href, status: outcome.status });
      return { status: 'failed', expandedUrl: null, hops, reason: outcome.reason };
    }
    hops.push({ url: href, status: outcome.status });
    if (outcome.kind === 'final') {
      const trouble = outcome.status >= 500 || outcome.status === 429;
      if (redirects > 0 && !trouble) return { status: 'expanded', expandedUrl: canonicalOf(current), hops };
      if (outcome.status >= 200 && outcome.status < 300) return { status: 'unchanged', expandedUrl: canonicalOf(current), hops };
      return { status: 'failed', expandedUrl: null, hops, reason: `HTTP ${outcome.status}` };
    }
    let next: URL;
    try {
      next = new URL(outcome.location, current);
    } catch {
      return {
        status: 'failed',
        expandedUrl: null,
        hops,
        reason: `invalid redirect target ${JSON.stringify(outcome.location.slice(0, 200))}`,
      };
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') {
      return { status: 'failed', expandedUrl: null, hops, reason: `redirect to a ${next.protocol} URL, not http or https` };
    }
    // A redirect without a fragment keeps the fragment of the URL it came from (RFC 9110 §10.2.2).
    if (next.hash === '' && current.hash !== '') next.hash = current.hash;
    redirects++;
    const nextHref = withoutFragment(next);
    if (seen.has(nextHref)) {
      hops.push({ url: nextHref, status: null });
      return { status: 'failed', expandedUrl: null, hops, reason: 'redirect loop' };
    }
    if (redirects > options.maxHops) {
      hops.push({ url: nextHref, status: null });
      return { status: 'failed', expandedUrl: null, hops, reason: `too many redirects (more than maxHops ${options.maxHops})` };
    }
    if (!matchesHost(next.hostname, options.hosts)) {
      hops.push({ url: nextHref, status: null });
      return { status: 'expanded', expandedUrl: canonicalOf(next), hops };
    }
    current = next;
  }
}

function withoutFragment(url: URL): string {
  if (url.hash === '') return url.href;
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

function canonicalOf(url: URL): string {
  return canonicalUrl(url.href) ?? url.href;
}
