// Shared by the CLI tests: a batch of JSONL lines built the way the JSONL job builds one.
import { BatchBuilder } from '../../src/cli/batch-builder.js';
import type { Batch } from '../../src/cli/batch-protocol.js';

/** One `lines` batch holding `lines` (each without its line break), numbered from 1. */
export function linesBatch(lines: readonly string[], seq = 0): Batch {
  const batches: Batch[] = [];
  const builder = new BatchBuilder(1 << 20, 1000, (bytes, entries) => batches.push({ seq, kind: 'lines', bytes, entries, names: null }));
  for (const [index, line] of lines.entries()) builder.add(Buffer.from(line), index + 1);
  builder.flush();
  const [batch] = batches;
  if (batch === undefined || batches.length !== 1) throw new Error('expected one batch');
  return batch;
}
