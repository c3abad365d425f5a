import { describe, expect, it } from 'vitest';
import { defaultGuardPolicy, resolveGuardPolicy } from '../../../src/expand/guard/guard-policy.js';

describe('defaultGuardPolicy', () => {
  it('blocks private networks and allows ports 80 and 443 only', () => {
    expect(defaultGuardPolicy).toEqual({ allowPrivateNetworks: false, allowedPorts: [80, 443] });
  });

  it('is frozen', () => {
    expect(Object.isFrozen(defaultGuardPolicy)).toBe(true);
    expect(Object.isFrozen(defaultGuardPolicy.allowedPorts)).toBe(true);
  });
});

describe('resolveGuardPolicy', () => {
  it('fills in defaults', () => {
    expect(resolveGuardPolicy()).toEqual(defaultGuardPolicy);
    expect(resolveGuardPolicy({ allowedPorts: [8080] })).toEqual({ allowPrivateNetworks: false, allowedPorts: [8080] });
    expect(resolveGuardPolicy({ allowPrivateNetworks: true })).toEqual({ allowPrivateNetworks: true, allowedPorts: [80, 443] });
    expect(resolveGuardPolicy({ allowedPorts: 'all' }).allowedPorts).toBe('all');
    const allow = (address: string): boolean => address === '127.0.0.1';
    expect(resolveGuardPolicy({ allowPrivateNetworks: allow }).allowPrivateNetworks).toBe(allow);
  });

  it('ignores unrelated options (agent options pass through it)', () => {
    expect(resolveGuardPolicy({ connectTimeoutMs: 10 } as object)).toEqual(defaultGuardPolicy);
  });

  it('copies allowedPorts so later changes to the caller array do not widen it', () => {
    const ports = [80];
    const policy = resolveGuardPolicy({ allowedPorts: ports });
    ports.push(22);
    expect(policy.allowedPorts).toEqual([80]);
  });

  it.each([[[0]], [[65536]], [[80.5]], [['80']], [[Number.NaN]], ['some']])('rejects allowedPorts %j', (allowedPorts) => {
    expect(() => resolveGuardPolicy({ allowedPorts: allowedPorts as never })).toThrow(TypeError);
  });

  it('rejects a non-boolean allowPrivateNetworks', () => {
    expect(() => resolveGuardPolicy({ allowPrivateNetworks: 'yes' as never })).toThrow(TypeError);
  });
});
