import { describe, expect, it } from 'vitest';
import { BatchBuilder } from '../../src/cli/batch-builder.js';
import { ENTRY_WIDTH, FLAG_OVERSIZED } from '../../src/cli/batch-protocol.js';

function collect(targetBytes: number, maxEntries: number) {
  const batches: { text: string; entries: number[] }[] = [];
  const builder = new BatchBuilder(targetBytes, maxEntries, (bytes, entries) =>
    batches.push({ text: Buffer.from(bytes).toString('utf8'), entries: [...entries] }),
  );
  return { builder, batches };
}

describe('BatchBuilder', () => {
  it('packs lines into one buffer with [start, end, line number, flags] entries', () => {
    const { builder, batches } = collect(1024, 100);
    builder.add(Buffer.from('{"id":1}'), 1);
    builder.add(Buffer.from('{"id":2}'), 2);
    expect(builder.empty).toBe(false);
    builder.flush();
    expect(builder.empty).toBe(true);
    expect(batches).toEqual([{ text: '{"id":1}{"id":2}', entries: [0, 8, 1, 0, 8, 16, 2, 0] }]);
    expect(ENTRY_WIDTH).toBe(4);
  });

  it('flushes when the bytes reach the target or the entries the maximum', () => {
    const bySize = collect(10, 100);
    for (let n = 1; n <= 3; n++) bySize.builder.add(Buffer.from('{"id":"x"}'), n);
    expect(bySize.batches.map((batch) => batch.entries.length / ENTRY_WIDTH)).toEqual([1, 1, 1]);
    const byCount = collect(1 << 20, 2);
    for (let n = 1; n <= 5; n++) byCount.builder.add(Buffer.from('{}'), n);
    byCount.builder.flush();
    expect(byCount.batches.map((batch) => batch.entries.length / ENTRY_WIDTH)).toEqual([2, 2, 1]);
  });

  it('takes a line larger than the target whole, and marks oversized lines without bytes', () => {
    const { builder, batches } = collect(4, 100);
    builder.addOversized(1);
    builder.add(Buffer.from('{"text":"longer than four"}'), 2);
    // The oversized entry goes out with the bytes before it (none) when a new buffer starts; the
    // long line fills its own buffer past the target and goes out at once.
    expect(batches).toEqual([
      { text: '', entries: [0, 0, 1, FLAG_OVERSIZED] },
      { text: '{"text":"longer than four"}', entries: [0, 27, 2, 0] },
    ]);
    builder.flush();
    expect(batches).toHaveLength(2);
  });
});
