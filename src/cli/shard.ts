import type { Shard } from './cli-options.js';
import { UsageError } from './usage-error.js';

/**
 * Parses `--shard k/n` (1-based: `1/4` … `4/4`).
 *
 * @example
 * parseShard('2/4'); // { index: 2, count: 4 }
 * parseShard('0/4'); // throws UsageError
 */
export function parseShard(value: string): Shard {
  const match = /^(\d{1,9})\/(\d{1,9})$/.exec(value.trim());
  const index = match ? Number(match[1]) : Number.NaN;
  const count = match ? Number(match[2]) : Number.NaN;
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard must be k/n with 1 ≤ k ≤ n (k is 1-based), got '${value}'`);
  }
  return { index, count };
}

/**
 * Whether the 1-based item number (JSONL line, or input file in whole-file mode) belongs to the
 * shard: item L is in shard ((L − 1) mod n) + 1. With no shard, every item does.
 *
 * @example
 * inShard(5, { index: 1, count: 4 }); // true: lines 1, 5, 9, …
 * inShard(5, null); // true
 */
export function inShard(itemNumber: number, shard: Shard | null): boolean {
  return shard === null || (itemNumber - 1) % shard.count === shard.index - 1;
}
