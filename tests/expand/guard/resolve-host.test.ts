import { errors } from 'undici';
import { describe, expect, it } from 'vitest';
import { lookupWithTimeout, systemLookup } from '../../../src/expand/guard/resolve-host.js';

describe('systemLookup', () => {
  it('returns every address with a numeric family (numeric hosts: no network involved)', async () => {
    await expect(systemLookup('127.0.0.1')).resolves.toEqual([{ address: '127.0.0.1', family: 4 }]);
    await expect(systemLookup('::1')).resolves.toEqual([{ address: '::1', family: 6 }]);
  });
});

describe('lookupWithTimeout', () => {
  it('returns the lookup result', async () => {
    const answers = [{ address: '127.0.0.1', family: 4 as const }];
    await expect(lookupWithTimeout(async () => answers, 'a.test', 1_000)).resolves.toBe(answers);
  });

  it('passes a lookup error through', async () => {
    const failure = Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' });
    await expect(lookupWithTimeout(() => Promise.reject(failure), 'a.test', 1_000)).rejects.toBe(failure);
  });

  it('rejects a lookup that never settles with a ConnectTimeoutError naming the host', async () => {
    const error = await lookupWithTimeout(() => new Promise(() => {}), 'slow.test', 10).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(errors.ConnectTimeoutError);
    expect((error as Error).message).toBe('DNS lookup of slow.test timed out after 10 ms');
  });
});
