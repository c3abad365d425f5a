import { checkAddress } from './check-address.js';
import { checkOrigin } from './check-origin.js';
import { defaultGuardPolicy, type GuardPolicy } from './guard-policy.js';
import { parseIpLiteral } from './ip-literal.js';

/**
 * Checks a URL before any request: `null` if it may be requested, otherwise the reason in words.
 * Refuses unparsable URLs, schemes other than http and https, ports not in `allowedPorts`, hosts
 * that are a non-public IP literal in any notation (`http://2130706433/`, `http://[::ffff:7f00:1]/`)
 * and, unless `allowPrivateNetworks` is set, the names `localhost` and `*.localhost`. Any other
 * host name passes: what it resolves to is checked at connect time by the guarded connector,
 * which is the real guard (this check cannot see DNS). Pure, no I/O.
 *
 * @example
 * checkTarget('https://t.co/abc'); // null
 * checkTarget('http://0x7f.1/'); // '127.0.0.1 is a loopback address'
 * checkTarget('http://example.com:8080/'); // 'port 8080 is not allowed (allowedPorts: 80, 443)'
 * checkTarget('ftp://example.com/'); // 'scheme ftp: is not http or https'
 */
export function checkTarget(url: string | URL, policy: GuardPolicy = defaultGuardPolicy): string | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : new URL(url.href);
  } catch {
    return `${JSON.stringify(String(url))} is not a valid URL`;
  }
  const originReason = checkOrigin(parsed.protocol, parsed.port, policy);
  if (originReason !== null) return originReason;
  const host = parsed.hostname;
  if (host === '') return 'the URL has no host';
  const literal = parseIpLiteral(host);
  if (literal !== null) return checkAddress(literal.address, policy);
  if (policy.allowPrivateNetworks === false && isLocalhostName(host)) {
    return `${host} is a loopback name`;
  }
  return null;
}

/** `localhost`, `*.localhost` (RFC 6761), with or without a trailing dot. */
function isLocalhostName(host: string): boolean {
  const name = (host.endsWith('.') ? host.slice(0, -1) : host).toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost');
}
