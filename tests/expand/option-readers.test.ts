import { describe, expect, it } from 'vitest';
import { defaultExpandHosts } from '../../src/expand/default-hosts.js';
import {
  readCache,
  readDispatcher,
  readHosts,
  readInteger,
  readListener,
  readMethod,
  readSignal,
  readTtl,
  readUserAgent,
} from '../../src/expand/option-readers.js';
import { defaultUserAgent } from '../../src/expand/user-agent.js';

describe('readInteger', () => {
  it('gives the fallback when absent and the value when in range', () => {
    expect(readInteger({}, 'maxHops', 5, 0, 100, 'test')).toBe(5);
    expect(readInteger({ maxHops: 0 }, 'maxHops', 5, 0, 100, 'test')).toBe(0);
    expect(readInteger({ maxHops: 100 }, 'maxHops', 5, 0, 100, 'test')).toBe(100);
  });

  it('throws TypeError for a non-number and RangeError outside the range or for a fraction', () => {
    expect(() => readInteger({ maxHops: '3' }, 'maxHops', 5, 0, 100, 'test')).toThrow(
      new TypeError('test: options.maxHops must be a number, got "3"'),
    );
    expect(() => readInteger({ maxHops: Number.NaN }, 'maxHops', 5, 0, 100, 'test')).toThrow(TypeError);
    expect(() => readInteger({ maxHops: 101 }, 'maxHops', 5, 0, 100, 'test')).toThrow(
      new RangeError('test: options.maxHops must be an integer from 0 to 100, got 101'),
    );
    expect(() => readInteger({ maxHops: 2.5 }, 'maxHops', 5, 0, 100, 'test')).toThrow(RangeError);
  });
});

describe('readTtl', () => {
  const fallback = { success: 1000, failure: 10 };
  it('fills what is absent from the fallback', () => {
    expect(readTtl(undefined, 'cacheTtlMs', fallback, 'test')).toEqual(fallback);
    expect(readTtl({ failure: 60_000 }, 'cacheTtlMs', fallback, 'test')).toEqual({ success: 1000, failure: 60_000 });
  });

  it('refuses a non-object and a TTL that is not a positive integer, naming the field', () => {
    expect(() => readTtl(5, 'cacheTtl', fallback, 'test')).toThrow(TypeError);
    expect(() => readTtl({ success: 0 }, 'cacheTtl', fallback, 'test')).toThrow(
      new RangeError('test: options.cacheTtl.success must be a positive integer (ms), got number 0'),
    );
  });
});

describe('the other readers', () => {
  it('hosts: the defaults, "all", or trimmed lowercase host names', () => {
    expect(readHosts(undefined, 'test')).toBe(defaultExpandHosts);
    expect(readHosts('all', 'test')).toBe('all');
    expect(readHosts([' Bit.LY '], 'test')).toEqual(['bit.ly']);
    expect(() => readHosts(['https://bit.ly/'], 'test')).toThrow(/host names/);
  });

  it('method, user agent and signal', () => {
    expect(readMethod(undefined, 'test')).toBe('GET');
    expect(readMethod('HEAD', 'test')).toBe('HEAD');
    expect(() => readMethod('POST', 'test')).toThrow(TypeError);
    expect(readUserAgent(undefined, 'test')).toBe(defaultUserAgent);
    expect(() => readUserAgent('bot\nX-Injected: 1', 'test')).toThrow(/single-line/);
    const signal = new AbortController().signal;
    expect(readSignal(signal, 'test')).toBe(signal);
    expect(() => readSignal({ aborted: false }, 'test')).toThrow(/AbortSignal/);
  });

  it('cache, listener and dispatcher: the shapes they need, else a TypeError', () => {
    const store = new Map();
    expect(readCache(store, 'test')).toBe(store);
    expect(readCache(false, 'test')).toBe(false);
    expect(readCache(undefined, 'test')).toBeUndefined();
    expect(() => readCache({ get() {} }, 'test')).toThrow(/Keyv-compatible/);
    const listener = () => undefined;
    expect(readListener(listener, 'onCacheWarning', 'test')).toBe(listener);
    expect(() => readListener('log', 'onCacheWarning', 'test')).toThrow('test: options.onCacheWarning must be a function');
    const dispatcher = { request() {}, dispatch() {} };
    expect(readDispatcher(dispatcher, 'test')).toBe(dispatcher);
    expect(() => readDispatcher({ request() {} }, 'test')).toThrow(/undici Dispatcher/);
  });
});
