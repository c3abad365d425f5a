const maxIpv4 = 0xffffffff;

/**
 * Parses an IPv4 address written in any form `inet_aton` and the WHATWG URL parser accept: one to
 * four dot-separated parts, each decimal, octal (leading `0`) or hex (`0x`), the last part filling
 * the remaining bytes (`127.1` is 127.0.0.1, `2130706433` is 127.0.0.1). One trailing dot is
 * allowed. Returns the address as an unsigned 32-bit number, or `null` if the text is not IPv4.
 * Linear, no regular expressions.
 *
 * @example
 * parseIpv4('0x7f.1'); // 2130706433
 * parseIpv4('017700000001'); // 2130706433
 * parseIpv4('example.com'); // null
 */
export function parseIpv4(text: string): number | null {
  const parts = text.split('.');
  if (parts.length > 1 && parts[parts.length - 1] === '') parts.pop();
  if (parts.length === 0 || parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    const value = parseIpv4Part(part);
    if (value === null) return null;
    values.push(value);
  }
  let address = 0;
  for (let index = 0; index < values.length - 1; index++) {
    const value = values[index] as number;
    if (value > 255) return null;
    address = address * 256 + value;
  }
  const lastSpan = 2 ** (8 * (5 - values.length));
  const last = values[values.length - 1] as number;
  if (last >= lastSpan) return null;
  return address * lastSpan + last;
}

/**
 * Formats an unsigned 32-bit number as a dotted-decimal IPv4 address.
 *
 * @example
 * formatIpv4(2130706433); // '127.0.0.1'
 */
export function formatIpv4(address: number): string {
  return [address >>> 24, (address >>> 16) & 255, (address >>> 8) & 255, address & 255].join('.');
}

/** One part of an inet_aton address: `0x…` hex (may be empty: `0x` is 0), `0…` octal, decimal. */
function parseIpv4Part(part: string): number | null {
  if (part === '') return null;
  let radix = 10;
  let digits = part;
  if (part.length >= 2 && part[0] === '0' && (part[1] === 'x' || part[1] === 'X')) {
    radix = 16;
    digits = part.slice(2);
  } else if (part.length >= 2 && part[0] === '0') {
    radix = 8;
    digits = part.slice(1);
  }
  let value = 0;
  for (const char of digits) {
    const digit = digitValue(char);
    if (digit >= radix) return null;
    value = value * radix + digit;
    if (value > maxIpv4) return null;
  }
  return value;
}

/** The value of one hex digit, or 99 for any other character. */
function digitValue(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return 99;
}
