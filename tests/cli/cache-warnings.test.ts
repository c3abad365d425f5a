import { describe, expect, it } from 'vitest';
import { createCacheWarnings } from '../../src/cli/cache-warnings.js';

describe('createCacheWarnings', () => {
  it('writes each kind of cache warning once, with what happens next', () => {
    const lines: string[] = [];
    const warn = createCacheWarnings({ write: (text: string) => lines.push(text) });
    warn({ code: 'cache-timeout', operation: 'get', message: 'redis://127.0.0.1:6390 did not answer within 250 ms' });
    warn({ code: 'cache-timeout', operation: 'get', message: 'again' });
    warn({ code: 'cache-entry-invalid', operation: 'get', message: 'entry for https://t.co/AbC123 is not JSON' });
    expect(lines).toEqual([
      'embedsift: cache timeout (expanding without the cache; further cache timeouts not shown): redis://127.0.0.1:6390 did not answer within 250 ms\n',
      'embedsift: cache entry ignored (expanding without the cache; further cache entry ignoreds not shown): entry for https://t.co/AbC123 is not JSON\n',
    ]);
  });

  it('keeps its own memory per run', () => {
    const first: string[] = [];
    const second: string[] = [];
    createCacheWarnings({ write: (text: string) => first.push(text) })({ code: 'cache-error', operation: 'set', message: 'ECONNREFUSED' });
    createCacheWarnings({ write: (text: string) => second.push(text) })({ code: 'cache-error', operation: 'set', message: 'ECONNREFUSED' });
    expect(first).toHaveLength(1);
    expect(second).toHaveLength(1);
  });
});
