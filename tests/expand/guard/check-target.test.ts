import { describe, expect, it } from 'vitest';
import { checkTarget } from '../../../src/expand/guard/check-target.js';
import type { GuardPolicy } from '../../../src/expand/guard/guard-policy.js';

const open: GuardPolicy = { allowPrivateNetworks: true, allowedPorts: 'all' };

describe('checkTarget', () => {
  it.each([
    'https://t.co/lav5U0u7bi',
    'http://bit.ly/abc',
    'https://example.com:443/x',
    'http://8.8.8.8/',
    'http://134744072/', // 8.8.8.8
    'https://[2606:4700:4700::1111]/',
    'http://[::ffff:8.8.8.8]/',
    'https://internal.example/', // a name: checked at connect time, not here
  ])('allows %s', (url) => {
    expect(checkTarget(url)).toBeNull();
  });

  it.each([
    ['http://127.0.0.1/', '127.0.0.1 is a loopback address'],
    ['http://2130706433/', '127.0.0.1 is a loopback address'],
    ['http://0x7f.1/', '127.0.0.1 is a loopback address'],
    ['http://017700000001/', '127.0.0.1 is a loopback address'],
    ['http://127.1/', '127.0.0.1 is a loopback address'],
    ['http://0x7f000001/', '127.0.0.1 is a loopback address'],
    ['http://127.0.0.1./', '127.0.0.1 is a loopback address'],
    ['http://[::1]/', '::1 is a loopback address'],
    ['http://[::]/', ':: is the unspecified address'],
    ['http://0.0.0.0/', '0.0.0.0 is the unspecified address'],
    ['http://0/', '0.0.0.0 is the unspecified address'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1 is a loopback address (IPv4 127.0.0.1)'],
    ['http://[::ffff:7f00:1]/', '::ffff:7f00:1 is a loopback address (IPv4 127.0.0.1)'],
    ['http://[::127.0.0.1]/', '::7f00:1 is a loopback address (IPv4 127.0.0.1)'],
    ['http://[64:ff9b::10.0.0.1]/', '64:ff9b::a00:1 is a private address (IPv4 10.0.0.1)'],
    ['http://[2002:a9fe:a9fe::]/', '2002:a9fe:a9fe:: is a link-local address (IPv4 169.254.169.254)'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
    ['http://0xa9fea9fe/', '169.254.169.254 is a link-local address'],
    ['http://10.0.0.1/', '10.0.0.1 is a private address'],
    ['https://192.168.1.1/', '192.168.1.1 is a private address'],
    ['http://172.16.0.1/', '172.16.0.1 is a private address'],
    ['http://100.64.0.1/', '100.64.0.1 is a carrier-grade NAT (100.64.0.0/10) address'],
    ['http://[fe80::1]/', 'fe80::1 is a link-local address'],
    ['http://[fd00::1]/', 'fd00::1 is a unique-local (fc00::/7) address'],
    ['http://[ff02::1]/', 'ff02::1 is a multicast address'],
    ['http://224.0.0.1/', '224.0.0.1 is a multicast address'],
    ['http://localhost/', 'localhost is a loopback name'],
    ['http://LOCALHOST./', 'localhost. is a loopback name'],
    ['http://api.localhost/', 'api.localhost is a loopback name'],
    ['http://example.com:8080/', 'port 8080 is not allowed (allowedPorts: 80, 443)'],
    ['http://example.com:0/', 'port 0 is not a valid port'],
    ['ftp://example.com/', 'scheme ftp: is not http or https'],
    ['file:///etc/passwd', 'scheme file: is not http or https'],
    ['javascript:alert(1)', 'scheme javascript: is not http or https'],
    ['data:text/plain,hi', 'scheme data: is not http or https'],
    ['not a url', '"not a url" is not a valid URL'],
    ['http://[::1', '"http://[::1" is not a valid URL'],
    ['http://[fe80::1%25eth0]/', '"http://[fe80::1%25eth0]/" is not a valid URL'],
    ['http://08/', '"http://08/" is not a valid URL'],
  ])('refuses %s', (url, reason) => {
    expect(checkTarget(url)).toBe(reason);
  });

  it('checks the port before the address', () => {
    expect(checkTarget('http://127.0.0.1:8080/')).toBe('port 8080 is not allowed (allowedPorts: 80, 443)');
  });

  it('takes URL objects', () => {
    expect(checkTarget(new URL('http://0x7f.1/'))).toBe('127.0.0.1 is a loopback address');
    expect(checkTarget(new URL('https://t.co/x'))).toBeNull();
  });

  it('follows the policy', () => {
    expect(checkTarget('http://127.0.0.1:3000/', open)).toBeNull();
    expect(checkTarget('http://localhost:3000/', open)).toBeNull();
    expect(checkTarget('ftp://127.0.0.1/', open)).toBe('scheme ftp: is not http or https');
    const onlyLoopback1: GuardPolicy = { allowPrivateNetworks: (a) => a === '127.0.0.1', allowedPorts: [80] };
    expect(checkTarget('http://127.0.0.1/', onlyLoopback1)).toBeNull();
    expect(checkTarget('http://127.0.0.2/', onlyLoopback1)).toBe('127.0.0.2 is a loopback address');
    expect(checkTarget('https://127.0.0.1/', onlyLoopback1)).toBe('port 443 is not allowed (allowedPorts: 80)');
    // With a predicate, names are left to the connector, which asks the predicate about each address.
    expect(checkTarget('http://localhost/', onlyLoopback1)).toBeNull();
  });
});
