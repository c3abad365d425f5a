import { statSync } from 'node:fs';
import type { CliOptions } from './cli-options.js';
import { inShard } from './shard.js';
import { UsageError } from './usage-error.js';

/**
 * Checks the input operands before anything is written (stdin named twice is a usage error, exit
 * 2) and returns the total input size in bytes, for the ETA, or null when it cannot be known
 * (stdin, a pipe). An operand that cannot be read (missing, a directory, no permission) is not an
 * error here: the run reads the others, writes their output, and reports it (exit 3), as `cat`
 * does.
 *
 * @example
 * const totalBytes = checkInputs(options); // 1_073_741_824
 */
export function checkInputs(options: CliOptions): number | null {
  let total: number | null = 0;
  let stdin = 0;
  for (const [index, file] of options.files.entries()) {
    if (file === '-') {
      if (++stdin > 1) throw new UsageError("stdin ('-') can be read only once");
      total = null;
      continue;
    }
    // JSONL and Parquet shard within files (lines, row groups): every file is read.
    if (total === null || !(options.mode === 'jsonl' || options.mode === 'parquet' || inShard(index + 1, options.shard))) continue;
    const size = sizeOf(file);
    total = size === null ? null : total + size;
  }
  return total;
}

/** The size of a regular file; 0 for one that cannot be read (it adds nothing); null for a pipe or device. */
function sizeOf(file: string): number | null {
  try {
    const stats = statSync(file);
    if (stats.isFile()) return stats.size;
    return stats.isDirectory() ? 0 : null;
  } catch {
    return 0;
  }
}
