import { platforms } from '../platforms/index.js';

/**
 * Query parameters removed from every URL by {@link canonicalUrl}: campaign and click-tracking
 * tags that never change what a page is. Any parameter starting with `utm_` is removed too.
 *
 * @example
 * trackingParameters.includes('fbclid'); // true
 */
export const trackingParameters: readonly string[] = [
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'igsh',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
];

/** The platforms that name their permalinks' tracking parameters (Twitter's share tags), from the registry. */
const TRACKING_PLATFORMS = platforms.filter((platform) => platform.permalinkTrackingParameters !== undefined);

/**
 * Options of {@link canonicalUrl}.
 *
 * @example
 * const options: CanonicalUrlOptions = { dropFragment: true };
 */
export interface CanonicalUrlOptions {
  /** Remove the fragment (`#…`) as well. Default false (an empty `#` is always removed). */
  dropFragment?: boolean;
}

/**
 * The canonical form of an absolute http(s) URL, or null when the string is not one. Pure and
 * linear. The rules:
 *
 * 1. The URL is parsed as WHATWG URL: scheme and host lowercase, internationalised hosts in
 *    punycode, default ports (`:80` for http, `:443` for https) dropped, `.`/`..` path segments
 *    resolved, an empty path written `/`.
 * 2. Tracking parameters are removed: every `utm_*` and those in {@link trackingParameters}; on
 *    URLs a platform reads as its posts' permalinks (its `parsePermalink` in the registry) also the
 *    parameters its share buttons add (its `permalinkTrackingParameters`): on Twitter / X status
 *    URLs, mirrors included, those in `twitterStatusTrackingParameters`. The other
 *    parameters keep their order and spelling; a query left empty loses its `?`.
 * 3. An empty fragment (`#`) is removed; any fragment when `dropFragment` is set.
 * 4. User names and passwords are removed.
 *
 * @example
 * canonicalUrl('HTTPS://Example.COM:443/a/../story?utm_source=tw&id=7#top');
 * // 'https://example.com/story?id=7#top'
 * canonicalUrl('https://x.com/jack/status/20?s=20&t=abc'); // 'https://x.com/jack/status/20'
 * canonicalUrl('ftp://example.com/'); // null
 */
export function canonicalUrl(input: string, options: CanonicalUrlOptions = {}): string | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;
  url.username = '';
  url.password = '';
  if (url.search !== '') {
    const dropped = platformDrops(url.href);
    const kept: string[] = [];
    for (const pair of url.search.slice(1).split('&')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      const rawName = eq === -1 ? pair : pair.slice(0, eq);
      const name = safeDecode(rawName).toLowerCase();
      if (name.startsWith('utm_') || trackingParameters.includes(name)) continue;
      if (dropped?.includes(name) === true) continue;
      kept.push(pair);
    }
    url.search = kept.length === 0 ? '' : `?${kept.join('&')}`;
  }
  if (options.dropFragment === true) url.hash = '';
  let href = url.href;
  if (href.endsWith('#')) href = href.slice(0, -1);
  return href;
}

/** The tracking parameters of the platforms whose permalink `href` is, or null when it is none of theirs. */
function platformDrops(href: string): string[] | null {
  let dropped: string[] | null = null;
  for (const platform of TRACKING_PLATFORMS) {
    if (platform.parsePermalink(href) === null) continue;
    dropped ??= [];
    for (const name of platform.permalinkTrackingParameters ?? []) dropped.push(name);
  }
  return dropped;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
