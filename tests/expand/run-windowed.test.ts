import { describe, expect, it } from 'vitest';
import { runWindowed } from '../../src/expand/run-windowed.js';

describe('runWindowed', () => {
  it('returns results in input order and never runs more than the window at once', async () => {
    let running = 0;
    let peak = 0;
    const started: string[] = [];
    const items = Array.from({ length: 50 }, (_, i) => `link-${i}`);
    const results = await runWindowed(
      items,
      async (item) => {
        started.push(item);
        running++;
        peak = Math.max(peak, running);
        // Later items finish sooner, so completion order differs from input order.
        await new Promise((resolve) => setTimeout(resolve, (50 - Number(item.slice(5))) % 7));
        running--;
        return item.toUpperCase();
      },
      4,
    );
    expect(results).toEqual(items.map((item) => item.toUpperCase()));
    expect(started).toEqual(items);
    expect(peak).toBe(4);
  });

  it('answers an empty list without running anything and rejects with the first rejection', async () => {
    await expect(runWindowed([], async () => 1, 4)).resolves.toEqual([]);
    await expect(
      runWindowed(
        ['a', 'b'],
        async (item) => {
          if (item === 'b') throw new Error('boom');
          return item;
        },
        1,
      ),
    ).rejects.toThrow('boom');
  });
});
