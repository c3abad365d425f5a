import { describe, expect, it } from 'vitest';
import { checkOrigin, effectivePort } from '../../../src/expand/guard/check-origin.js';
import { defaultGuardPolicy } from '../../../src/expand/guard/guard-policy.js';

describe('effectivePort', () => {
  it.each([
    ['http:', '', 80],
    ['https:', '', 443],
    ['http:', '8080', 8080],
    ['https:', 8443, 8443],
    ['ftp:', '', null],
  ] as const)('%s %j is %j', (protocol, port, expected) => {
    expect(effectivePort(protocol, port)).toBe(expected);
  });
});

describe('checkOrigin', () => {
  it.each([
    ['http:', ''],
    ['https:', ''],
    ['http:', '443'],
    ['https:', '80'],
  ])('allows %s port %j by default', (protocol, port) => {
    expect(checkOrigin(protocol, port, defaultGuardPolicy)).toBeNull();
  });

  it.each([
    ['ftp:', '', 'scheme ftp: is not http or https'],
    ['file:', '', 'scheme file: is not http or https'],
    ['gopher:', '70', 'scheme gopher: is not http or https'],
    ['ws:', '', 'scheme ws: is not http or https'],
    ['http:', '8080', 'port 8080 is not allowed (allowedPorts: 80, 443)'],
    ['https:', '22', 'port 22 is not allowed (allowedPorts: 80, 443)'],
    ['http:', '65536', 'port 65536 is not a valid port'],
    ['http:', 'abc', 'port abc is not a valid port'],
  ])('refuses %s port %j', (protocol, port, reason) => {
    expect(checkOrigin(protocol, port, defaultGuardPolicy)).toBe(reason);
  });

  it('follows allowedPorts', () => {
    const policy = { allowPrivateNetworks: false, allowedPorts: [8080] } as const;
    expect(checkOrigin('http:', '8080', policy)).toBeNull();
    expect(checkOrigin('http:', '', policy)).toBe('port 80 is not allowed (allowedPorts: 8080)');
    expect(checkOrigin('http:', '1234', { allowPrivateNetworks: false, allowedPorts: 'all' })).toBeNull();
    expect(checkOrigin('ftp:', '21', { allowPrivateNetworks: true, allowedPorts: 'all' })).toBe('scheme ftp: is not http or https');
  });
});
