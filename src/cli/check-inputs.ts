import { statSync } from 'node:fs';
import type { CliOptions } from './cli-options.js';
import { inShard } from './shard.js';
import { UsageError } from './usage-error.js';

/**
 * Checks every input operand before any output is written (a missing file, a directory, stdin
 * named twice are usage errors, exit 2) and returns the total input size in bytes, for the ETA,
 * or null when stdin is read.
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
    let size: number;
    try {
      const stats = statSync(file);
      if (stats.isDirectory()) throw new UsageError(`${file} is a directory`);
      size = stats.isFile() ? stats.size : Number.NaN;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(code ?? error)}`);
    }
    if (total !== null) {
      if (Number.isNaN(size)) total = null;
      else if (options.jsonl || inShard(index + 1, options.shard)) total += size;
    }
  }
  return total;
}
