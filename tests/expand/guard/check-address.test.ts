import { describe, expect, it, vi } from 'vitest';
import { checkAddress } from '../../../src/expand/guard/check-address.js';
import { defaultGuardPolicy, type GuardPolicy } from '../../../src/expand/guard/guard-policy.js';

const policy = (allowPrivateNetworks: GuardPolicy['allowPrivateNetworks']): GuardPolicy => ({
  allowPrivateNetworks,
  allowedPorts: 'all',
});

describe('checkAddress', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1 is a loopback address'],
    ['10.0.0.1', '10.0.0.1 is a private address'],
    ['100.64.0.1', '100.64.0.1 is a carrier-grade NAT (100.64.0.0/10) address'],
    ['169.254.169.254', '169.254.169.254 is a link-local address'],
    ['0.0.0.0', '0.0.0.0 is the unspecified address'],
    ['255.255.255.255', '255.255.255.255 is the broadcast address'],
    ['198.18.0.1', '198.18.0.1 is a benchmarking address'],
    ['192.0.2.1', '192.0.2.1 is a documentation address'],
    ['::1', '::1 is a loopback address'],
    ['fd00::1', 'fd00::1 is a unique-local (fc00::/7) address'],
    ['ff02::1', 'ff02::1 is a multicast address'],
    ['::ffff:127.0.0.1', '::ffff:7f00:1 is a loopback address (IPv4 127.0.0.1)'],
    ['2002:a00:1::', '2002:a00:1:: is a private address (IPv4 10.0.0.1)'],
    ['0x7f.1', '127.0.0.1 is a loopback address'],
  ])('refuses %s by default', (address, reason) => {
    expect(checkAddress(address)).toBe(reason);
    expect(checkAddress(address, defaultGuardPolicy)).toBe(reason);
  });

  it.each(['8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8'])('allows public %s', (address) => {
    expect(checkAddress(address)).toBeNull();
  });

  it('allows everything with allowPrivateNetworks: true', () => {
    expect(checkAddress('127.0.0.1', policy(true))).toBeNull();
    expect(checkAddress('169.254.169.254', policy(true))).toBeNull();
    expect(checkAddress('fe80::1', policy(true))).toBeNull();
  });

  it('asks the allowPrivateNetworks function about non-public addresses only, in canonical form', () => {
    const allow = vi.fn((address: string) => address === '127.0.0.1');
    expect(checkAddress('127.0.0.1', policy(allow))).toBeNull();
    expect(checkAddress('0x7f.1', policy(allow))).toBeNull();
    expect(checkAddress('127.0.0.2', policy(allow))).toBe('127.0.0.2 is a loopback address');
    expect(checkAddress('[::FFFF:7F00:1]', policy(allow))).toBe('::ffff:7f00:1 is a loopback address (IPv4 127.0.0.1)');
    expect(checkAddress('8.8.8.8', policy(allow))).toBeNull();
    expect(allow.mock.calls).toEqual([
      ['127.0.0.1', 4],
      ['127.0.0.1', 4],
      ['127.0.0.2', 4],
      ['::ffff:7f00:1', 6],
    ]);
  });

  it('needs the function to return exactly true', () => {
    const truthy = (() => 1) as unknown as (address: string) => boolean;
    expect(checkAddress('10.0.0.1', policy(truthy))).toBe('10.0.0.1 is a private address');
  });

  it.each(['localhost', 'example.com', '', '1.2.3.4.5'])('refuses %j, which is not an address, without throwing', (text) => {
    expect(checkAddress(text)).toBe(`${JSON.stringify(text)} is not an IP address`);
    expect(checkAddress(text, policy(true))).toBe(`${JSON.stringify(text)} is not an IP address`);
  });
});
