import { describe, expect, it } from 'vitest';
import { createHostLimiter } from '../../src/expand/host-limiter.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createHostLimiter', () => {
  it('grants at once below both caps and queues beyond them', async () => {
    const limiter = createHostLimiter({ concurrency: 3, perHost: 2 });
    const granted: string[] = [];
    const releases: (() => void)[] = [];
    for (const [i, host] of ['a', 'a', 'a', 'b', 'b'].entries()) {
      void limiter.acquire(host).then((release) => {
        granted.push(`${host}${i}`);
        releases.push(release);
      });
    }
    await tick();
    expect(granted).toEqual(['a0', 'a1', 'b3']);
    expect(limiter.active).toBe(3);
    expect(limiter.pending).toBe(2);
    releases[0]?.(); // an "a" slot frees: a2 (earlier than b4) is next
    await tick();
    expect(granted).toEqual(['a0', 'a1', 'b3', 'a2']);
    releases[0]?.(); // calling a release twice is harmless
    await tick();
    expect(limiter.active).toBe(3);
    releases[1]?.();
    await tick();
    expect(granted).toEqual(['a0', 'a1', 'b3', 'a2', 'b4']);
    expect(limiter.peakPerHost).toBe(2);
  });

  it('serves waiters first come, first served across hosts when the global cap binds', async () => {
    const limiter = createHostLimiter({ concurrency: 1, perHost: 10 });
    const order: string[] = [];
    const first = await limiter.acquire('x');
    const hosts = ['c', 'a', 'b', 'a', 'c'];
    const done = hosts.map((host, i) =>
      limiter.acquire(host).then((release) => {
        order.push(`${host}${i}`);
        release();
      }),
    );
    first();
    await Promise.all(done);
    expect(order).toEqual(['c0', 'a1', 'b2', 'a3', 'c4']);
  });

  it('does not let a full host hold up another host', async () => {
    const limiter = createHostLimiter({ concurrency: 4, perHost: 1 });
    await limiter.acquire('busy');
    const waiting = limiter.acquire('busy');
    let otherGranted = false;
    void limiter.acquire('free').then(() => {
      otherGranted = true;
    });
    await tick();
    expect(otherGranted).toBe(true);
    expect(limiter.pending).toBe(1);
    void waiting;
  });

  it('removes aborted waiters from the queue and rejects them with the reason', async () => {
    const limiter = createHostLimiter({ concurrency: 1, perHost: 1 });
    const release = await limiter.acquire('h');
    const controller = new AbortController();
    const aborted = limiter.acquire('h', controller.signal);
    const kept = limiter.acquire('h');
    controller.abort(new Error('stop'));
    await expect(aborted).rejects.toThrow('stop');
    expect(limiter.pending).toBe(1);
    release();
    const next = await kept;
    expect(limiter.active).toBe(1);
    next();
    expect(limiter.active).toBe(0);
    await expect(limiter.acquire('h', AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
  });

  it('holds 100,000 waiters as plain queue entries and drains them all', async () => {
    const limiter = createHostLimiter({ concurrency: 8, perHost: 4 });
    let served = 0;
    const all = Array.from({ length: 100_000 }, (_, i) =>
      limiter.acquire(`host${i % 10}`).then((release) => {
        served++;
        release();
      }),
    );
    expect(limiter.pending).toBeGreaterThan(99_000);
    await Promise.all(all);
    expect(served).toBe(100_000);
    expect(limiter.active).toBe(0);
    expect(limiter.pending).toBe(0);
    expect(limiter.peakPerHost).toBeLessThanOrEqual(4);
  });
});
