import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIpv4, parseIpv4 } from '../../../src/expand/guard/ipv4-text.js';

describe('parseIpv4', () => {
  it.each([
    ['127.0.0.1', 0x7f000001],
    ['127.1', 0x7f000001],
    ['127.0.1', 0x7f000001],
    ['2130706433', 0x7f000001],
    ['0x7f000001', 0x7f000001],
    ['0x7f.1', 0x7f000001],
    ['0X7F.0X1', 0x7f000001],
    ['017700000001', 0x7f000001],
    ['0177.0.0.01', 0x7f000001],
    ['00000000000000000177.1', 0x7f000001],
    ['127.0.0.1.', 0x7f000001],
    ['0', 0],
    ['0x', 0],
    ['4294967295', 0xffffffff],
    ['0xffffffff', 0xffffffff],
    ['037777777777', 0xffffffff],
    ['255.255.65535', 0xffffffff],
    ['255.16777215', 0xffffffff],
    ['0300.0250.0.1', 0xc0a80001],
    ['0xa9fea9fe', 0xa9fea9fe],
  ])('%s is %d', (text, expected) => {
    expect(parseIpv4(text)).toBe(expected);
  });

  it.each([
    '',
    '.',
    '1..2',
    '127.1..',
    '.127.0.0.1',
    '1.2.3.4.5',
    '256.0.0.1',
    '1.256.0.1',
    '1.2.3.256',
    '1.2.65536',
    '1.16777216',
    '4294967296',
    '0x100000000',
    '08',
    '1.2.3.09',
    '0xg',
    '1e3',
    '-1',
    '+1',
    ' 1.2.3.4',
    '1.2.3.4 ',
    'localhost',
    '99999999999999999999999999',
    '١٢٧.0.0.1',
  ])('%j is not IPv4', (text) => {
    expect(parseIpv4(text)).toBeNull();
  });

  it('agrees with the WHATWG URL parser on IPv4-looking hosts', () => {
    const host = fc.stringMatching(/^[0-9a-fxX.]{1,24}$/);
    fc.assert(
      fc.property(host, (text) => {
        let urlHost: string | null;
        try {
          urlHost = new URL(`http://${text}/`).hostname;
        } catch {
          urlHost = null;
        }
        const ours = parseIpv4(text);
        const urlIsIpv4 = urlHost !== null && /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(urlHost);
        if (ours === null) expect(urlIsIpv4).toBe(false);
        else expect(urlHost).toBe(formatIpv4(ours));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('formatIpv4', () => {
  it.each([
    [0, '0.0.0.0'],
    [0x7f000001, '127.0.0.1'],
    [0xffffffff, '255.255.255.255'],
    [0xc0a80001, '192.168.0.1'],
  ])('%d is %s', (value, expected) => {
    expect(formatIpv4(value)).toBe(expected);
  });
});
