import { parseIpv4 } from './ipv4-text.js';

/** Longest IPv6 text without zone: `ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255`. */
const maxIpv6TextLength = 45;

/**
 * Parses IPv6 text (RFC 4291: hex groups, at most one `::`, an optional trailing dotted-quad IPv4)
 * into eight 16-bit groups. No brackets, no zone id (see `parseIpLiteral` for those). A `::` may
 * stand for zero or more groups, as in the WHATWG URL parser. Returns `null` if the text is not
 * IPv6. Linear, no regular expressions.
 *
 * @example
 * parseIpv6('::ffff:127.0.0.1'); // [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]
 * parseIpv6('1::2::3'); // null
 */
export function parseIpv6(text: string): number[] | null {
  if (text.length < 2 || text.length > maxIpv6TextLength) return null;
  const gap = text.indexOf('::');
  if (gap !== -1 && text.indexOf('::', gap + 1) !== -1) return null;
  if (gap === -1) {
    const groups = parseGroupList(text, true);
    return groups !== null && groups.length === 8 ? groups : null;
  }
  const head = parseGroupList(text.slice(0, gap), false);
  const tail = parseGroupList(text.slice(gap + 2), true);
  if (head === null || tail === null || head.length + tail.length > 8) return null;
  const zeros = new Array<number>(8 - head.length - tail.length).fill(0);
  return [...head, ...zeros, ...tail];
}

/**
 * Formats eight 16-bit groups as RFC 5952 text: lowercase, no leading zeros, the longest run of two
 * or more zero groups (the first, on a tie) written `::`. IPv4-mapped addresses come out in hex,
 * `::ffff:7f00:1`, as the WHATWG URL serializer writes them.
 *
 * @example
 * formatIpv6([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]); // '2001:db8::1'
 */
export function formatIpv6(groups: readonly number[]): string {
  let bestStart = -1;
  let bestLength = 1;
  for (let start = 0; start < groups.length; ) {
    if (groups[start] !== 0) {
      start++;
      continue;
    }
    let end = start;
    while (end < groups.length && groups[end] === 0) end++;
    if (end - start > bestLength) {
      bestStart = start;
      bestLength = end - start;
    }
    start = end;
  }
  const hex = groups.map((group) => group.toString(16));
  if (bestStart === -1) return hex.join(':');
  const head = hex.slice(0, bestStart).join(':');
  const tail = hex.slice(bestStart + bestLength).join(':');
  return `${head}::${tail}`;
}

/** Colon-separated groups; the last may be a dotted quad when `allowIpv4Tail`. `''` is no groups. */
function parseGroupList(text: string, allowIpv4Tail: boolean): number[] | null {
  if (text === '') return [];
  const pieces = text.split(':');
  const groups: number[] = [];
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index] as string;
    if (allowIpv4Tail && index === pieces.length - 1 && piece.includes('.')) {
      const ipv4 = parseDottedQuad(piece);
      if (ipv4 === null) return null;
      groups.push(Math.floor(ipv4 / 0x10000), ipv4 % 0x10000);
    } else {
      const group = parseHexGroup(piece);
      if (group === null) return null;
      groups.push(group);
    }
  }
  return groups;
}

/** One to four hex digits. */
function parseHexGroup(piece: string): number | null {
  if (piece.length < 1 || piece.length > 4) return null;
  let value = 0;
  for (const char of piece) {
    const code = char.charCodeAt(0);
    let digit: number;
    if (code >= 48 && code <= 57) digit = code - 48;
    else if (code >= 97 && code <= 102) digit = code - 87;
    else if (code >= 65 && code <= 70) digit = code - 55;
    else return null;
    value = value * 16 + digit;
  }
  return value;
}

/** Exactly four decimal parts of one to three digits (the only IPv4 form allowed inside IPv6). */
function parseDottedQuad(piece: string): number | null {
  const parts = piece.split('.');
  if (parts.length !== 4) return null;
  for (const part of parts) {
    if (part.length < 1 || part.length > 3) return null;
    for (const char of part) {
      if (char < '0' || char > '9') return null;
    }
  }
  // Leading zeros are decimal here, never octal: parse each part ourselves.
  const bytes = parts.map((part) => Number.parseInt(part, 10));
  if (bytes.some((byte) => byte > 255)) return null;
  return parseIpv4(bytes.join('.'));
}
