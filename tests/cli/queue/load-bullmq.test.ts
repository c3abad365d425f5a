// Loading the optional packages, and the Redis connection settings (no Redis needed).
import { describe, expect, it, vi } from 'vitest';
import { connectionOptions, redactedUrl, within } from '../../../src/cli/queue/load-bullmq.js';
import { isUsageError } from '../../../src/cli/usage-error.js';

const target = { url: 'redis://127.0.0.1:6379', name: 'embedsift', timeoutMs: 5000 };

describe('loadBullmq', () => {
  it('is a usage error naming both packages when bullmq cannot be loaded', async () => {
    vi.resetModules();
    vi.doMock('bullmq', () => {
      throw new Error("Cannot find package 'bullmq'");
    });
    try {
      const { loadBullmq } = await import('../../../src/cli/queue/load-bullmq.js');
      const error = await loadBullmq().catch((thrown: unknown) => thrown);
      expect(isUsageError(error)).toBe(true);
      expect((error as Error).message).toBe('the job queue needs the optional packages bullmq and ioredis: npm install bullmq ioredis');
    } finally {
      vi.doUnmock('bullmq');
    }
  });

  it('loads Queue, Worker and UnrecoverableError when both are installed', async () => {
    vi.resetModules();
    const { loadBullmq } = await import('../../../src/cli/queue/load-bullmq.js');
    const bullmq = await loadBullmq();
    expect([typeof bullmq.Queue, typeof bullmq.Worker, typeof bullmq.UnrecoverableError]).toEqual(['function', 'function', 'function']);
  });
});

describe('the Redis connection', () => {
  it('enqueue and status: bounded connect and commands, three reconnects, then give up', () => {
    const options = connectionOptions(target, false);
    expect(options).toMatchObject({ url: target.url, connectTimeout: 5000, commandTimeout: 5000, maxRetriesPerRequest: 1 });
    const retry = options.retryStrategy as (times: number) => number | null;
    expect([1, 2, 3, 4].map(retry)).toEqual([250, 500, 750, null]);
  });

  it('work: bounded connect, no command limit (it waits on Redis for jobs), reconnects at most 20 s apart', () => {
    const options = connectionOptions(target, true);
    expect(options).toMatchObject({ connectTimeout: 5000, maxRetriesPerRequest: null });
    expect(options).not.toHaveProperty('commandTimeout');
    const retry = options.retryStrategy as (times: number) => number;
    expect([1, 3, 10, 100].map(retry)).toEqual([2000, 8000, 20_000, 20_000]);
  });

  it('messages never show the password', () => {
    expect(redactedUrl('redis://:secret@cache.internal:6379/0')).toBe('redis://:***@cache.internal:6379/0');
    expect(redactedUrl('rediss://user:p%40ss@cache.internal:6380')).toBe('rediss://user:***@cache.internal:6380');
    expect(redactedUrl('redis://127.0.0.1:6379')).toBe('redis://127.0.0.1:6379');
  });

  it('within rejects with what took too long', async () => {
    await expect(within(new Promise(() => undefined), 20, 'reading the queue')).rejects.toThrow('reading the queue took longer than 20 ms');
    await expect(within(Promise.resolve(7), 1000, 'x')).resolves.toBe(7);
  });
});
