import { describe, expect, it } from 'vitest';
import { processBatch } from '../../src/cli/process-batch.js';
import { linesBatch } from './jsonl-batch.js';
import { configOf } from './parsed-options.js';

const TWEET = 'Ferry at dawn\n— Port of Eastvale (@EastvalePort) March 5, 2024';
const lines = [JSON.stringify({ id: 'a1', text: TWEET }), 'not json', JSON.stringify({ id: 'a3', text: 'No embeds here.' })];

describe('processBatch', () => {
  it('gives one JSON line per input line, in order, with the counts', () => {
    const { result, transfer } = processBatch(linesBatch(lines), configOf(['extract', '--from', 'jsonl']));
    const out = Buffer.from(result.text ?? new Uint8Array())
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string | null; embeds?: { platform: string }[]; error?: string });
    expect(out.map((line) => line.id)).toEqual(['a1', null, 'a3']);
    expect(out[0]?.embeds?.map((embed) => embed.platform)).toEqual(['twitter']);
    expect(out[1]?.error).toMatch(/^invalid JSON/);
    expect(result.stats).toEqual({ items: 3, embeds: 1, errors: 1, bytes: linesBatch(lines).bytes.byteLength });
    expect(transfer).toHaveLength(1);
  });

  it('keeps the items as objects when they are to be expanded', () => {
    const { result } = processBatch(linesBatch(lines), configOf(['extract', '--from', 'jsonl', '--expand']));
    expect(result.text).toBeNull();
    expect(result.items?.map((item) => [item.failed, item.embeds])).toEqual([
      [false, 1],
      [true, 0],
      [false, 0],
    ]);
  });
});
