import { mediaLinkHosts, shortLinkHosts } from '../links/index.js';
import { hostMatches } from '../platforms/index.js';

/**
 * Shortener hosts the expander knows beyond the parse path's {@link shortLinkHosts}; they rarely
 * appear in posts, so the parse path does not classify them as `short`.
 *
 * @example
 * extraExpandHosts.includes('ht.ly'); // true
 */
export const extraExpandHosts: readonly string[] = ['ht.ly', 'hubs.ly', 'hubs.la', 'mailchi.mp', 'bit.do', 'x.gd'];

/**
 * The hosts expanded by default: the parse path's shortener list, the media hosts
 * (`pic.twitter.com`, `pic.x.com`) and {@link extraExpandHosts}. A link on one of these hosts or a
 * subdomain of one is expanded; others are `skipped`.
 *
 * @example
 * defaultExpandHosts.includes('t.co'); // true
 * defaultExpandHosts.includes('pic.twitter.com'); // true
 */
export const defaultExpandHosts: readonly string[] = [...new Set([...shortLinkHosts, ...mediaLinkHosts, ...extraExpandHosts])];

/**
 * Whether a URL hostname is one of `hosts` or a subdomain of one (`'all'` matches everything).
 * Compares lowercase; IPv6 hosts are matched with their brackets, as `URL.hostname` writes them.
 *
 * @example
 * matchesHost('www.bit.ly', ['bit.ly']); // true
 * matchesHost('notbit.ly', ['bit.ly']); // false
 */
export function matchesHost(hostname: string, hosts: readonly string[] | 'all'): boolean {
  return hosts === 'all' || hostMatches(hostname.toLowerCase(), hosts);
}
