import { formatIpv4, parseIpv4 } from './ipv4-text.js';
import { parseIpv6 } from './ipv6-text.js';
import { parseIpLiteral } from './ip-literal.js';

/**
 * What an IP address is for. Everything but `public` is blocked by the guard unless
 * `allowPrivateNetworks` allows it.
 *
 * @example
 * const kind: AddressClass = 'cgnat'; // 100.64.0.0/10
 */
export type AddressClass =
  | 'public'
  | 'loopback'
  | 'private'
  | 'cgnat'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'reserved'
  | 'documentation'
  | 'benchmarking';

interface Ipv4Range {
  first: number;
  bits: number;
  kind: AddressClass;
}

interface Ipv6Range {
  prefix: bigint;
  bits: number;
  kind: AddressClass;
}

/** Special-purpose IPv4 ranges (IANA registry, RFC 6890), most specific first. */
const ipv4Ranges: readonly Ipv4Range[] = [
  v4('0.0.0.0', 32, 'unspecified'),
  v4('0.0.0.0', 8, 'reserved'), // "this network"
  v4('10.0.0.0', 8, 'private'),
  v4('100.64.0.0', 10, 'cgnat'),
  v4('127.0.0.0', 8, 'loopback'),
  v4('169.254.0.0', 16, 'link-local'), // includes 169.254.169.254, cloud metadata
  v4('172.16.0.0', 12, 'private'),
  v4('192.0.0.0', 24, 'reserved'), // IETF protocol assignments
  v4('192.0.2.0', 24, 'documentation'), // TEST-NET-1
  v4('192.88.99.0', 24, 'reserved'), // deprecated 6to4 relay anycast
  v4('192.168.0.0', 16, 'private'),
  v4('198.18.0.0', 15, 'benchmarking'),
  v4('198.51.100.0', 24, 'documentation'), // TEST-NET-2
  v4('203.0.113.0', 24, 'documentation'), // TEST-NET-3
  v4('224.0.0.0', 4, 'multicast'),
  v4('255.255.255.255', 32, 'broadcast'),
  v4('240.0.0.0', 4, 'reserved'),
];

/**
 * Special-purpose IPv6 ranges, most specific first. Ranges that embed an IPv4 address (mapped,
 * compatible, NAT64, 6to4) are handled before this table; anything outside 2000::/3 (global
 * unicast) that no entry names is `reserved`.
 */
const ipv6Ranges: readonly Ipv6Range[] = [
  v6('2001::', 32, 'reserved'), // Teredo: tunnels to an obfuscated IPv4 client, never a web origin
  v6('2001:2::', 48, 'benchmarking'),
  v6('2001::', 23, 'reserved'), // IETF protocol assignments
  v6('2001:db8::', 32, 'documentation'),
  v6('3fff::', 20, 'documentation'), // RFC 9637
  v6('fc00::', 7, 'unique-local'),
  v6('fe80::', 10, 'link-local'),
  v6('fec0::', 10, 'reserved'), // deprecated site-local
  v6('ff00::', 8, 'multicast'),
];

const globalUnicast = v6('2000::', 3, 'public');

/**
 * Classifies an IP address: `public`, or which special-purpose range it falls in. Takes anything
 * {@link parseIpLiteral} accepts (dotted or inet_aton IPv4, IPv6 with or without brackets or zone).
 * IPv6 forms that embed an IPv4 address take the class of that address: IPv4-mapped
 * `::ffff:0:0/96`, IPv4-translated `::ffff:0:0:0/96`, IPv4-compatible `::/96`, NAT64
 * `64:ff9b::/96` and 6to4 `2002::/16`. Teredo `2001::/32` is `reserved` (blocked outright).
 * Pure, no I/O.
 *
 * @throws {TypeError} when `address` is not an IP address (a host name, junk): classifying a name
 *   is a caller bug, so it fails loudly instead of guessing.
 * @example
 * classifyAddress('172.16.0.0'); // 'private'
 * classifyAddress('172.15.255.255'); // 'public'
 * classifyAddress('[::ffff:7f00:1]'); // 'loopback'
 * classifyAddress('64:ff9b::a00:1'); // 'private' (NAT64 of 10.0.0.1)
 */
export function classifyAddress(address: string): AddressClass {
  const literal = parseIpLiteral(address);
  if (literal === null) throw new TypeError(`not an IP address: ${JSON.stringify(address)}`);
  if (literal.family === 4) return classifyIpv4(parseIpv4(literal.address) as number);
  const value = toBigInt(parseIpv6(literal.address) as number[]);
  if (value === 0n) return 'unspecified';
  if (value === 1n) return 'loopback';
  const embedded = embeddedIpv4Value(value);
  if (embedded !== null) return classifyIpv4(embedded);
  for (const range of ipv6Ranges) {
    if (inIpv6Range(value, range)) return range.kind;
  }
  return inIpv6Range(value, globalUnicast) ? 'public' : 'reserved';
}

/**
 * The IPv4 address an IPv6 address embeds, in dotted form, for the forms
 * {@link classifyAddress} looks through (mapped, translated, compatible, NAT64 `64:ff9b::/96`,
 * 6to4); `null` for IPv4 input, other IPv6 addresses, `::` and `::1`, and non-addresses.
 *
 * @example
 * embeddedIpv4('::ffff:7f00:1'); // '127.0.0.1'
 * embeddedIpv4('2002:a00:1::'); // '10.0.0.1'
 * embeddedIpv4('2001:db8::1'); // null
 */
export function embeddedIpv4(address: string): string | null {
  const literal = parseIpLiteral(address);
  if (literal === null || literal.family === 4) return null;
  const value = toBigInt(parseIpv6(literal.address) as number[]);
  if (value === 0n || value === 1n) return null;
  const embedded = embeddedIpv4Value(value);
  return embedded === null ? null : formatIpv4(embedded);
}

function classifyIpv4(value: number): AddressClass {
  for (const range of ipv4Ranges) {
    const span = 2 ** (32 - range.bits);
    if (Math.floor(value / span) === Math.floor(range.first / span)) return range.kind;
  }
  return 'public';
}

/** The embedded IPv4 address as a number, for the IPv6 forms that carry one. */
function embeddedIpv4Value(value: bigint): number | null {
  const high96 = value >> 32n;
  const low32 = Number(value & 0xffffffffn);
  if (high96 === 0xffffn) return low32; // ::ffff:a.b.c.d, IPv4-mapped
  if (high96 === 0xffff0000n) return low32; // ::ffff:0:a.b.c.d, IPv4-translated (SIIT)
  if (high96 === 0n) return low32; // ::a.b.c.d, IPv4-compatible (deprecated)
  if (high96 === 0x0064ff9b0000000000000000n) return low32; // 64:ff9b::/96, NAT64
  if (value >> 112n === 0x2002n) return Number((value >> 80n) & 0xffffffffn); // 2002:aabb:ccdd::/48, 6to4
  return null;
}

function inIpv6Range(value: bigint, range: Ipv6Range): boolean {
  const shift = BigInt(128 - range.bits);
  return value >> shift === range.prefix >> shift;
}

function toBigInt(groups: readonly number[]): bigint {
  let value = 0n;
  for (const group of groups) value = (value << 16n) | BigInt(group);
  return value;
}

function v4(first: string, bits: number, kind: AddressClass): Ipv4Range {
  return { first: parseIpv4(first) as number, bits, kind };
}

function v6(prefix: string, bits: number, kind: AddressClass): Ipv6Range {
  return { prefix: toBigInt(parseIpv6(prefix) as number[]), bits, kind };
}
