import { describe, expect, it, vi } from 'vitest';
import { EmbedsiftError, isEmbedsiftError } from '../../../../src/expand/errors/embedsift-error.js';

describe('EmbedsiftError', () => {
  it('has a name, a code and an optional cause', () => {
    const cause = new Error('root');
    const error = new EmbedsiftError('it broke', { code: 'EMBEDSIFT_TEST', cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('EmbedsiftError');
    expect(error.message).toBe('it broke');
    expect(error.code).toBe('EMBEDSIFT_TEST');
    expect(error.cause).toBe(cause);
    expect(new EmbedsiftError('x').code).toBe('EMBEDSIFT_ERROR');
    expect('cause' in new EmbedsiftError('x')).toBe(false);
  });
});

describe('isEmbedsiftError', () => {
  it('recognises embedsift errors and nothing else', () => {
    expect(isEmbedsiftError(new EmbedsiftError('x'))).toBe(true);
    for (const value of [new Error('x'), { code: 'EMBEDSIFT_ERROR', name: 'EmbedsiftError' }, null, undefined, 'x', 1]) {
      expect(isEmbedsiftError(value)).toBe(false);
    }
  });

  it('recognises an error from another copy of the module, where instanceof fails', async () => {
    vi.resetModules();
    const other = await import('../../../../src/expand/errors/embedsift-error.js');
    expect(other.EmbedsiftError).not.toBe(EmbedsiftError);
    const foreign = new other.EmbedsiftError('from the CJS build');
    expect(foreign instanceof EmbedsiftError).toBe(false);
    expect(isEmbedsiftError(foreign)).toBe(true);
    expect(other.isEmbedsiftError(new EmbedsiftError('x'))).toBe(true);
  });
});
