import { formatIpv4, parseIpv4 } from './ipv4-text.js';
import { formatIpv6, parseIpv6 } from './ipv6-text.js';

/**
 * An IP address in canonical text: dotted decimal for IPv4, RFC 5952 compressed lowercase hex for
 * IPv6 (no brackets, no zone id).
 *
 * @example
 * const literal: IpLiteral = { family: 6, address: '::ffff:7f00:1' };
 */
export interface IpLiteral {
  family: 4 | 6;
  address: string;
}

/**
 * Recognises a host that is an IP address, in any notation a URL parser or `inet_aton` accepts,
 * and returns it in canonical form; `null` for a host name (or junk).
 *
 * - IPv4: one to four parts, each decimal, octal (`0177`) or hex (`0x7f`): `2130706433`, `0x7f.1`,
 *   `017700000001` and `127.1` are all 127.0.0.1; one trailing dot is allowed.
 * - IPv6: with or without brackets, with or without a zone id (`%eth0`, or `%25eth0` as written in
 *   a URL); the zone is dropped. An embedded dotted quad is read as IPv4 (`::ffff:127.0.0.1`).
 *
 * @example
 * parseIpLiteral('0x7f.1'); // { family: 4, address: '127.0.0.1' }
 * parseIpLiteral('[::FFFF:127.0.0.1]'); // { family: 6, address: '::ffff:7f00:1' }
 * parseIpLiteral('fe80::1%eth0'); // { family: 6, address: 'fe80::1' }
 * parseIpLiteral('t.co'); // null
 */
export function parseIpLiteral(host: string): IpLiteral | null {
  let text = host;
  const bracketed = text.startsWith('[');
  if (bracketed) {
    if (!text.endsWith(']')) return null;
    text = text.slice(1, -1);
  }
  if (bracketed || text.includes(':')) {
    const zone = text.indexOf('%');
    if (zone !== -1) {
      if (zone === text.length - 1) return null;
      text = text.slice(0, zone);
    }
    const groups = parseIpv6(text);
    return groups === null ? null : { family: 6, address: formatIpv6(groups) };
  }
  const ipv4 = parseIpv4(text);
  return ipv4 === null ? null : { family: 4, address: formatIpv4(ipv4) };
}
