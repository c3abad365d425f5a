import { describe, expect, it } from 'vitest';
import { isUsageError, UsageError } from '../../src/cli/usage-error.js';

describe('UsageError', () => {
  it('exits 2 and is recognised, also across realms by its name', () => {
    const error = new UsageError('--workers must be a whole number');
    expect(error.exitCode).toBe(2);
    expect(error.name).toBe('UsageError');
    expect(isUsageError(error)).toBe(true);
    const copied = Object.assign(new Error('copied from a worker'), { name: 'UsageError' });
    expect(isUsageError(copied)).toBe(true);
  });

  it('does not take other errors or values for one', () => {
    expect(isUsageError(new TypeError('bad'))).toBe(false);
    expect(isUsageError({ name: 'UsageError', message: 'plain object' })).toBe(false);
    expect(isUsageError(null)).toBe(false);
  });
});
