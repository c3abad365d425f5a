/**
 * The pieces of an absolute http(s) URL that permalink grammars need, or null when the string is
 * not one. Hosts are lowercased and lose a leading `www.`, `m.` or `mobile.`; the path keeps its
 * case. Never throws.
 *
 * @example
 * splitUrl('https://Mobile.Twitter.com/jack/status/20?s=19');
 * // { origin: 'https://Mobile.Twitter.com', host: 'twitter.com', path: '/jack/status/20', query: '?s=19', hash: '' }
 */
export interface UrlParts {
  /** Scheme and authority as written, without a trailing slash. */
  origin: string;
  /** Lowercase host without `www.`, `m.` or `mobile.` and without port. */
  host: string;
  /** The path, `/` when empty. */
  path: string;
  /** The query including `?`, or `''`. */
  query: string;
  /** The fragment including `#`, or `''`. */
  hash: string;
}

/**
 * An http(s) URL's parts: the scheme (absent after `//` or when none is written), the authority
 * (1–253 characters, up to the first `/`, `?` or `#`), the path, the query and the fragment.
 * Linear: the authority cannot hold what ends it, so a failed match backtracks at most 253 steps.
 */
const URL_SHAPE = /^(?:(https?):\/\/|\/\/)?([^/?#]{1,253})(\/[^?#]*)?(\?[^#]*)?(#.*)?$/is;

/**
 * Splits an absolute http(s) URL (a scheme-less `host/path` is read as https) into the parts
 * permalink grammars use. Returns null for anything else.
 *
 * @example
 * splitUrl('x.com/jack/status/20')?.host; // 'x.com'
 */
export function splitUrl(input: string): UrlParts | null {
  const rest = input.trim();
  const parts = URL_SHAPE.exec(rest);
  // A `://` anywhere but at the start: another scheme (`ftp://`), or words before the URL.
  if (parts === null || (parts[1] === undefined && rest.includes('://'))) return null;
  const [, scheme = 'https', authority = '', path = '/', query = '', hash = ''] = parts;
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const portColon = hostPort.lastIndexOf(':');
  const host = (portColon === -1 ? hostPort : hostPort.slice(0, portColon)).toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(host) || !host.includes('.')) return null;
  return { origin: `${scheme.toLowerCase()}://${authority}`, host: host.replace(/^(?:www|mobile|m)\./, ''), path, query, hash };
}

/**
 * Whether `host` (already normalised by {@link splitUrl}) is one of `hosts` or a subdomain of one.
 *
 * @example
 * hostMatches('vm.tiktok.com', ['tiktok.com']); // true
 */
export function hostMatches(host: string, hosts: readonly string[]): boolean {
  for (const candidate of hosts) {
    if (host === candidate || host.endsWith(`.${candidate}`)) return true;
  }
  return false;
}

/**
 * The first value of a query parameter (`?a=1&b=2`, with or without the `?`), percent-decoded
 * (a malformed escape is kept as written), or null.
 *
 * @example
 * queryParam('?href=https%3A%2F%2Fwww.facebook.com%2Fx%2Fposts%2F1&show_text=true', 'href'); // 'https://www.facebook.com/x/posts/1'
 */
export function queryParam(query: string, name: string): string | null {
  const body = query.startsWith('?') ? query.slice(1) : query;
  for (const pair of body.split('&')) {
    const equals = pair.indexOf('=');
    const key = equals === -1 ? pair : pair.slice(0, equals);
    if (decodeComponent(key) !== name) continue;
    return equals === -1 ? '' : decodeComponent(pair.slice(equals + 1));
  }
  return null;
}

function decodeComponent(value: string): string {
  const spaced = value.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/**
 * A URL path segment read as an account handle: the segment itself, or null when it is absent or
 * all digits. An all-digit segment is a numeric user or page id (`facebook.com/100064512345678/posts/…`,
 * `x.com/1234567/status/…`), not the handle a person types after `@`.
 *
 * @example
 * handleSegment('CityOfAldergrove'); // 'CityOfAldergrove'
 * handleSegment('100064512345678'); // null
 */
export function handleSegment(segment: string | undefined): string | null {
  if (segment === undefined || segment.length === 0) return null;
  return /^[0-9]+$/.test(segment) ? null : segment;
}
