import { classifyAddress, embeddedIpv4, type AddressClass } from './address-ranges.js';
import { defaultGuardPolicy, type GuardPolicy } from './guard-policy.js';
import { parseIpLiteral } from './ip-literal.js';

const descriptions: Record<Exclude<AddressClass, 'public'>, string> = {
  loopback: 'a loopback address',
  private: 'a private address',
  cgnat: 'a carrier-grade NAT (100.64.0.0/10) address',
  'link-local': 'a link-local address',
  'unique-local': 'a unique-local (fc00::/7) address',
  multicast: 'a multicast address',
  unspecified: 'the unspecified address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
  documentation: 'a documentation address',
  benchmarking: 'a benchmarking address',
};

/**
 * Checks one IP address against a policy: `null` if a request may connect to it, otherwise the
 * reason in words. Public addresses always pass; others pass only when `allowPrivateNetworks` is
 * `true` or its function returns `true` for the (canonical) address. Text that is not an IP
 * address is refused, never thrown on (a resolver answer that is not an address is suspect).
 * Pure, no I/O.
 *
 * @example
 * checkAddress('169.254.169.254'); // '169.254.169.254 is a link-local address'
 * checkAddress('::ffff:10.0.0.1'); // '::ffff:a00:1 is a private address (IPv4 10.0.0.1)'
 * checkAddress('127.0.0.1', { allowPrivateNetworks: (a) => a === '127.0.0.1', allowedPorts: 'all' }); // null
 * checkAddress('8.8.8.8'); // null
 */
export function checkAddress(address: string, policy: GuardPolicy = defaultGuardPolicy): string | null {
  const literal = parseIpLiteral(address);
  if (literal === null) return `${JSON.stringify(address)} is not an IP address`;
  const kind = classifyAddress(literal.address);
  if (kind === 'public') return null;
  const allow = policy.allowPrivateNetworks;
  if (allow === true) return null;
  if (typeof allow === 'function' && allow(literal.address, literal.family) === true) return null;
  const ipv4 = embeddedIpv4(literal.address);
  const suffix = ipv4 === null ? '' : ` (IPv4 ${ipv4})`;
  return `${literal.address} is ${descriptions[kind]}${suffix}`;
}
