import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIpv6, parseIpv6 } from '../../../src/expand/guard/ipv6-text.js';

describe('parseIpv6', () => {
  it.each([
    ['::', [0, 0, 0, 0, 0, 0, 0, 0]],
    ['::1', [0, 0, 0, 0, 0, 0, 0, 1]],
    ['1::', [1, 0, 0, 0, 0, 0, 0, 0]],
    ['2001:db8::1', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]],
    ['2001:DB8:0:0:0:0:0:1', [0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]],
    ['::ffff:127.0.0.1', [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]],
    ['::ffff:7f00:1', [0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]],
    ['::127.0.0.1', [0, 0, 0, 0, 0, 0, 0x7f00, 1]],
    ['64:ff9b::10.0.0.1', [0x64, 0xff9b, 0, 0, 0, 0, 0x0a00, 1]],
    ['1:2:3:4:5:6:1.2.3.4', [1, 2, 3, 4, 5, 6, 0x0102, 0x0304]],
    ['1:2:3:4:5:6:7::', [1, 2, 3, 4, 5, 6, 7, 0]],
    // Lenient like the WHATWG parser: `::` may stand for zero groups (reading more text as an IP is the safe side).
    ['1:2:3:4:5:6:7:8::', [1, 2, 3, 4, 5, 6, 7, 8]],
    ['::010.0.0.1', [0, 0, 0, 0, 0, 0, 0x0a00, 1]], // decimal, never octal, inside IPv6
    ['ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255', [0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff, 0xffff]],
  ])('%s', (text, expected) => {
    expect(parseIpv6(text)).toEqual(expected);
  });

  it.each([
    '',
    ':',
    ':::',
    '1::2::3',
    ':1::',
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '12345::',
    'g::1',
    '::1.2.3',
    '::1.2.3.256',
    '::0x7f.0.0.1',
    '1.2.3.4::',
    '::1.2.3.4:1',
    '127.0.0.1',
    '[::1]',
    '::1%eth0',
    ' ::1',
  ])('%j is not IPv6', (text) => {
    expect(parseIpv6(text)).toBeNull();
  });
});

describe('formatIpv6', () => {
  it.each([
    [[0, 0, 0, 0, 0, 0, 0, 0], '::'],
    [[0, 0, 0, 0, 0, 0, 0, 1], '::1'],
    [[1, 0, 0, 0, 0, 0, 0, 0], '1::'],
    [[0x2001, 0xdb8, 0, 0, 1, 0, 0, 1], '2001:db8::1:0:0:1'],
    [[0x2001, 0xdb8, 0, 1, 0, 0, 0, 1], '2001:db8:0:1::1'],
    [[1, 0, 2, 3, 4, 5, 6, 7], '1:0:2:3:4:5:6:7'],
    [[0, 0, 0, 0, 0, 0xffff, 0x7f00, 1], '::ffff:7f00:1'],
    [[0xabcd, 0xef01, 0, 0, 0, 0, 0, 0], 'abcd:ef01::'],
  ])('%j is %s', (groups, expected) => {
    expect(formatIpv6(groups)).toBe(expected);
  });

  it('writes what the WHATWG URL serializer writes, and parses back', () => {
    const group = fc.oneof(fc.constant(0), fc.constant(0xffff), fc.integer({ min: 0, max: 0xffff }));
    fc.assert(
      fc.property(fc.array(group, { minLength: 8, maxLength: 8 }), (groups) => {
        const text = formatIpv6(groups);
        expect(new URL(`http://[${text}]/`).hostname).toBe(`[${text}]`);
        expect(parseIpv6(text)).toEqual(groups);
      }),
      { numRuns: 1000 },
    );
  });
});
