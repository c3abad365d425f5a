import { describe, expect, it } from 'vitest';
import { createExpansionSlots } from '../../src/expand/expansion-slots.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('createExpansionSlots', () => {
  it('admits twice the request limits, per host and in all', async () => {
    const { requests, admission } = createExpansionSlots({ concurrency: 3, perHost: 2 });
    const admitted: string[] = [];
    for (const [i, host] of ['t.co', 't.co', 't.co', 't.co', 't.co', 'bit.ly', 'bit.ly'].entries()) {
      void admission.acquire(host).then(() => admitted.push(`${host}#${i}`));
    }
    await tick();
    // 4 per host (2 × perHost), 6 in all (2 × concurrency).
    expect(admitted).toEqual(['t.co#0', 't.co#1', 't.co#2', 't.co#3', 'bit.ly#5', 'bit.ly#6']);
    expect(admission.pending).toBe(1);

    const granted: number[] = [];
    for (let i = 0; i < 3; i++) void requests.acquire('t.co').then(() => granted.push(i));
    await tick();
    expect(granted).toEqual([0, 1]);
    expect(requests.pending).toBe(1);
  });

  it('opens a call window of at least 1,024 links, 32 per request slot above that', () => {
    expect(createExpansionSlots({ concurrency: 4, perHost: 1 }).linkWindow).toBe(1024);
    expect(createExpansionSlots({ concurrency: 100, perHost: 4 }).linkWindow).toBe(3200);
  });
});
