import { describe, expect, it, vi } from 'vitest';
import { BlockedTargetError, findBlockedTargetError, isBlockedTargetError } from '../../../../src/expand/errors/blocked-target-error.js';
import { EmbedsiftError, isEmbedsiftError } from '../../../../src/expand/errors/embedsift-error.js';
import * as errorsIndex from '../../../../src/expand/errors/index.js';

describe('BlockedTargetError', () => {
  it('carries the reason, url and address', () => {
    const error = new BlockedTargetError('127.0.0.1 is a loopback address', {
      url: 'http://localhost',
      address: '127.0.0.1',
    });
    expect(error).toBeInstanceOf(EmbedsiftError);
    expect(error.name).toBe('BlockedTargetError');
    expect(error.code).toBe('EMBEDSIFT_BLOCKED_TARGET');
    expect(error.reason).toBe('127.0.0.1 is a loopback address');
    expect(error.url).toBe('http://localhost');
    expect(error.address).toBe('127.0.0.1');
    expect(error.message).toBe('Blocked http://localhost: 127.0.0.1 is a loopback address');
    expect(isEmbedsiftError(error)).toBe(true);
  });

  it('builds a message without a url', () => {
    expect(new BlockedTargetError('r', { address: '10.0.0.1' }).message).toBe('Blocked 10.0.0.1: r');
    const bare = new BlockedTargetError('r');
    expect(bare.message).toBe('Blocked: r');
    expect(bare.url).toBeUndefined();
    expect(bare.address).toBeUndefined();
  });
});

describe('isBlockedTargetError', () => {
  const blocked = new BlockedTargetError('10.0.0.1 is a private address', { address: '10.0.0.1' });

  it('recognises the error itself and errors wrapping it in .cause (undici fetch)', () => {
    expect(isBlockedTargetError(blocked)).toBe(true);
    const fetchFailed = new TypeError('fetch failed', { cause: blocked });
    expect(isBlockedTargetError(fetchFailed)).toBe(true);
    expect(findBlockedTargetError(fetchFailed)).toBe(blocked);
    const deeper = new Error('expand failed', { cause: fetchFailed });
    expect(findBlockedTargetError(deeper)).toBe(blocked);
  });

  it('rejects other values', () => {
    for (const value of [
      new EmbedsiftError('x'),
      new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') }),
      { code: 'EMBEDSIFT_BLOCKED_TARGET' },
      null,
      undefined,
      'Blocked',
    ]) {
      expect(isBlockedTargetError(value)).toBe(false);
    }
  });

  it('stops on cause cycles and on very long chains', () => {
    const a = new Error('a');
    const b = new Error('b', { cause: a });
    (a as { cause?: unknown }).cause = b;
    expect(isBlockedTargetError(a)).toBe(false);
    let chain: unknown = blocked;
    for (let i = 0; i < 100; i++) chain = new Error(`wrap ${i}`, { cause: chain });
    expect(isBlockedTargetError(chain)).toBe(false);
  });

  it('recognises an error from another copy of the module (dual package, other realm)', async () => {
    vi.resetModules();
    const other = await import('../../../../src/expand/errors/blocked-target-error.js');
    const foreign = new other.BlockedTargetError('r');
    expect(foreign instanceof BlockedTargetError).toBe(false);
    expect(isBlockedTargetError(new TypeError('fetch failed', { cause: foreign }))).toBe(true);
    expect(isEmbedsiftError(foreign)).toBe(true);
  });

  it('a plain EmbedsiftError is not a BlockedTargetError', () => {
    expect(isBlockedTargetError(new EmbedsiftError('x', { code: 'EMBEDSIFT_BLOCKED_TARGET' }))).toBe(false);
  });
});

describe('errors/index.ts', () => {
  it('re-exports the error API', () => {
    expect(Object.keys(errorsIndex).sort()).toEqual([
      'BlockedTargetError',
      'EmbedsiftError',
      'findBlockedTargetError',
      'isBlockedTargetError',
      'isEmbedsiftError',
    ]);
  });
});
