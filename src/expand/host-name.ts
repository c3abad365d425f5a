/**
 * Whether `host` can stand in a list of hosts to expand: a host name as `URL.hostname` writes it
 * (ASCII letters, digits, `-`, `_` and dots; an internationalised name in its `xn--` form) or an
 * IPv6 address in brackets. Letter case does not matter; surrounding whitespace does, so trim
 * first. Anything else (a port, a path, a Unicode name) could never equal a link's host name.
 *
 * @example
 * isHostName('t.co'); // true
 * isHostName('[::1]'); // true
 * isHostName('bit.ly:80'); // false
 */
export function isHostName(host: string): boolean {
  return /^(?:[a-z0-9_.-]+|\[[0-9a-f:.]+\])$/i.test(host);
}
