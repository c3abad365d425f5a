import { hostMatches, platforms, splitUrl } from '../platforms/index.js';
import type { Link, LinkKind } from '../schema/index.js';
import { mediaLinkHosts, shortLinkHosts } from './short-hosts.js';

/**
 * Makes a link as written absolute: a scheme-less `pic.twitter.com/x` or `bit.ly/x` gets
 * `https://`, a scheme is lowercased, anything else is kept verbatim.
 *
 * @example
 * absoluteUrl('pic.twitter.com/EQsKUijoL0'); // 'https://pic.twitter.com/EQsKUijoL0'
 */
export function absoluteUrl(written: string): string {
  const colon = written.indexOf('://');
  if (colon > 0 && colon <= 5) {
    return written.slice(0, colon).toLowerCase() + written.slice(colon);
  }
  if (written.startsWith('//')) return `https:${written}`;
  return `https://${written}`;
}

/**
 * What kind of link a URL is: `media` (pic.twitter.com), `short` (a known shortener), `permalink`
 * (a post on a known platform), `profile` (a known platform's profile page), `hashtag` (a known
 * platform's hashtag page) or `external`.
 *
 * @example
 * classifyLink('https://t.co/lav5U0u7bi'); // 'short'
 * classifyLink('https://twitter.com/SecBlinken/status/1755259323123712345'); // 'permalink'
 */
export function classifyLink(url: string): LinkKind {
  const parts = splitUrl(url);
  if (parts === null) return 'external';
  // Short and media hosts are matched on the host as written (pic.twitter.com keeps its prefix).
  const fullHost = hostOf(url);
  if (hostMatches(fullHost, mediaLinkHosts)) return 'media';
  if (hostMatches(fullHost, shortLinkHosts) || hostMatches(parts.host, shortLinkHosts)) return 'short';
  for (const platform of platforms) {
    if (platform.parsePermalink(url) !== null) return 'permalink';
  }
  for (const platform of platforms) {
    if (platform.hosts.length === 0 || !hostMatches(parts.host, platform.hosts)) continue;
    if (/^\/(?:hashtag|tags?|explore\/tags|search)\b/.test(parts.path)) return 'hashtag';
    if (/^\/@?[A-Za-z0-9._-]+\/?$/.test(parts.path) || parts.path.startsWith('/profile/')) return 'profile';
  }
  return 'external';
}

/**
 * Turns a link as written in a post body into a {@link Link}.
 *
 * @example
 * toLink('pic.twitter.com/EQsKUijoL0');
 * // { url: 'https://pic.twitter.com/EQsKUijoL0', text: 'pic.twitter.com/EQsKUijoL0', kind: 'media' }
 */
export function toLink(written: string): Link {
  const url = absoluteUrl(written);
  return { url, text: written, kind: classifyLink(url) };
}

/**
 * A URL's host as written, lowercased: from after the first `://` (or from the start) up to the
 * first `/`, `?`, `#` or `:`.
 */
function hostOf(url: string): string {
  return (/^(?:.*?:\/\/)?([^/?#:]*)/s.exec(url)?.[1] ?? '').toLowerCase();
}
