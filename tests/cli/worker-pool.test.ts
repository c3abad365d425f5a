// The worker pool, with the built worker script (`npm test` builds first): a thread that parsed a
// large batch is replaced, so the heap that batch grew goes back to the system, and no result is
// lost on the way.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTRY_WIDTH, type Batch } from '../../src/cli/batch-protocol.js';
import { workerConfigOf } from '../../src/cli/cli-options.js';
import { parseArguments } from '../../src/cli/parse-arguments.js';
import { createBatchRunner, RECYCLE_BYTES } from '../../src/cli/worker-pool.js';
import { root } from './run-built-cli.js';

const script = pathToFileURL(join(root, 'dist', 'cli-worker.js'));

function linesBatch(seq: number, lines: string[]): Batch {
  const parts = lines.map((line) => Buffer.from(line));
  const bytes = Buffer.allocUnsafeSlow(parts.reduce((sum, part) => sum + part.length, 0));
  const entries = new Float64Array(lines.length * ENTRY_WIDTH);
  let at = 0;
  parts.forEach((part, i) => {
    bytes.set(part, at);
    entries.set([at, at + part.length, seq * 100 + i + 1, 0], i * ENTRY_WIDTH);
    at += part.length;
  });
  return { seq, kind: 'lines', bytes, entries, names: null };
}

function article(id: string, words: number): string {
  return JSON.stringify({ id, text: `Reported ${'today '.repeat(words)}https://twitter.com/desk/status/${id.length + 10}` });
}

describe('WorkerPool', () => {
  it('replaces a thread after a large batch; the batches queued behind it and after it are all parsed', async () => {
    const parsed = parseArguments(['extract', '--from', 'jsonl']);
    if (parsed.kind !== 'run') throw new Error('unexpected');
    const runner = createBatchRunner(1, workerConfigOf(parsed.options), script);
    try {
      const large = linesBatch(0, [article('big', Math.ceil(RECYCLE_BYTES / 6))]);
      expect(large.bytes.byteLength).toBeGreaterThanOrEqual(RECYCLE_BYTES);
      const results = await Promise.all([
        runner.run(large),
        runner.run(linesBatch(1, [article('q1', 3), article('q2', 3)])), // queued behind the large one
      ]);
      expect(runner.recycled).toBe(1);
      const after = await runner.run(linesBatch(2, [article('n1', 3)]));
      const ids = [...results, after].map((result) =>
        new TextDecoder()
          .decode(result.text ?? new Uint8Array())
          .trimEnd()
          .split('\n')
          .map((line) => (JSON.parse(line) as { id: string }).id),
      );
      expect(ids).toEqual([['big'], ['q1', 'q2'], ['n1']]);
      expect(runner.recycled).toBe(1); // small batches keep their thread
    } finally {
      await runner.close();
    }
  });
});
