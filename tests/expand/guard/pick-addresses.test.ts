import { describe, expect, it } from 'vitest';
import { defaultGuardPolicy, type GuardPolicy } from '../../../src/expand/guard/guard-policy.js';
import { pickAddresses } from '../../../src/expand/guard/pick-addresses.js';

const v4 = (address: string) => ({ address, family: 4 as const });
const v6 = (address: string) => ({ address, family: 6 as const });

describe('pickAddresses', () => {
  it('refuses the whole host if any answer is not allowed, wherever it sits', () => {
    expect(pickAddresses('a.test', [v4('93.184.215.14'), v4('10.0.0.1')], defaultGuardPolicy)).toEqual({
      ok: false,
      reason: 'a.test resolves to 10.0.0.1: 10.0.0.1 is a private address',
      address: '10.0.0.1',
    });
    expect(pickAddresses('a.test', [v6('::1'), v4('93.184.215.14')], defaultGuardPolicy)).toMatchObject({
      ok: false,
      address: '::1',
    });
  });

  it('refuses an empty answer and a non-address answer', () => {
    expect(pickAddresses('a.test', [], defaultGuardPolicy)).toEqual({ ok: false, reason: 'a.test resolves to no address' });
    expect(pickAddresses('a.test', [v4('evil.test')], defaultGuardPolicy)).toEqual({
      ok: false,
      reason: 'a.test resolves to evil.test: "evil.test" is not an IP address',
      address: 'evil.test',
    });
  });

  it('keeps the first address of each family, in resolver order, canonicalised', () => {
    const answers = [v6('2606:4700:0:0::1'), v4('93.184.215.14'), v6('2606:4700::2'), v4('1.1.1.1')];
    expect(pickAddresses('a.test', answers, defaultGuardPolicy)).toEqual({
      ok: true,
      addresses: [
        { family: 6, address: '2606:4700::1' },
        { family: 4, address: '93.184.215.14' },
      ],
    });
  });

  it('asks the policy about every non-public answer', () => {
    const policy: GuardPolicy = { allowPrivateNetworks: (a) => a === '127.0.0.1', allowedPorts: 'all' };
    expect(pickAddresses('a.test', [v4('127.0.0.1')], policy)).toEqual({
      ok: true,
      addresses: [{ family: 4, address: '127.0.0.1' }],
    });
    expect(pickAddresses('a.test', [v4('127.0.0.1'), v4('127.0.0.2')], policy)).toMatchObject({
      ok: false,
      address: '127.0.0.2',
    });
  });
});
