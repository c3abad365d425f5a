import { describe, expect, it } from 'vitest';
import { ENTRY_WIDTH, FLAG_OVERSIZED } from '../../src/cli/batch-protocol.js';
import { processBatch } from '../../src/cli/process-batch.js';
import { configOf } from './parsed-options.js';

describe('the batch protocol', () => {
  it('reads entries of ENTRY_WIDTH numbers: start, end, line number, flags', () => {
    const bytes = Buffer.from('{"id":"a","text":"Ferry at dawn"}');
    const entries = Float64Array.from([0, bytes.length, 7, 0, bytes.length, bytes.length, 8, FLAG_OVERSIZED]);
    expect(entries.length / ENTRY_WIDTH).toBe(2);
    const { result } = processBatch({ seq: 3, kind: 'lines', bytes, entries, names: null }, configOf(['extract', '--from', 'jsonl']));
    const lines = Buffer.from(result.text ?? new Uint8Array())
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(result.seq).toBe(3);
    expect(lines[0]).toMatchObject({ id: 'a', embeds: [] });
    expect(lines[1]).toMatchObject({ id: null, line: 8 });
    expect(String(lines[1]?.error)).toMatch(/line/i);
  });
});
