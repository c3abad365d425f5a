/**
 * The pieces of an absolute http(s) URL that permalink grammars need, or null when the string is
 * not one. Hosts are lowercased and lose a leading `www.`, `m.` or `mobile.`; the path keeps its
 * case. Never throws.
 *
 * @example
 * splitUrl('https://Mobile.Twitter.com/jack/status/20?s=19');
 * // { origin: 'https://mobile.twitter.com', host: 'twitter.com', path: '/jack/status/20', query: '?s=19', hash: '' }
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
 * Splits an absolute http(s) URL (a scheme-less `host/path` is read as https) into the parts
 * permalink grammars use. Returns null for anything else.
 *
 * @example
 * splitUrl('x.com/jack/status/20')?.host; // 'x.com'
 */
export function splitUrl(input: string): UrlParts | null {
  let rest = input.trim();
  let scheme = 'https:';
  const colon = rest.indexOf('://');
  if (colon !== -1) {
    scheme = rest.slice(0, colon + 1).toLowerCase();
    if (scheme !== 'http:' && scheme !== 'https:') return null;
    rest = rest.slice(colon + 3);
  } else if (rest.startsWith('//')) {
    rest = rest.slice(2);
  }
  let authorityEnd = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest.charCodeAt(i);
    if (c === 0x2f || c === 0x3f || c === 0x23) {
      authorityEnd = i;
      break;
    }
  }
  const authority = rest.slice(0, authorityEnd);
  if (authority.length === 0 || authority.length > 253) return null;
  const at = authority.lastIndexOf('@');
  const hostPort = at === -1 ? authority : authority.slice(at + 1);
  const portColon = hostPort.lastIndexOf(':');
  let host = (portColon === -1 ? hostPort : hostPort.slice(0, portColon)).toLowerCase();
  if (!/^[a-z0-9.-]+$/.test(host) || !host.includes('.')) return null;
  for (const prefix of ['www.', 'mobile.', 'm.']) {
    if (host.startsWith(prefix)) {
      host = host.slice(prefix.length);
      break;
    }
  }
  let tail = rest.slice(authorityEnd);
  let hash = '';
  const hashAt = tail.indexOf('#');
  if (hashAt !== -1) {
    hash = tail.slice(hashAt);
    tail = tail.slice(0, hashAt);
  }
  let query = '';
  const queryAt = tail.indexOf('?');
  if (queryAt !== -1) {
    query = tail.slice(queryAt);
    tail = tail.slice(0, queryAt);
  }
  return { origin: `${scheme}//${authority}`, host, path: tail === '' ? '/' : tail, query, hash };
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
