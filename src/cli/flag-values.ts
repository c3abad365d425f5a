import { UsageError } from './usage-error.js';

/**
 * Parses a duration flag: a whole number of milliseconds (`1500`), or with a unit `ms` or `s`
 * (`1500ms`, `1.5s`). Returns milliseconds.
 *
 * @example
 * parseDuration('--timeout', '10s'); // 10000
 * parseDuration('--timeout', '250'); // 250
 */
export function parseDuration(flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(value.trim());
  if (match) {
    const ms = Number(match[1]) * (match[2] === 's' ? 1000 : 1);
    if (Number.isFinite(ms) && ms >= 1 && ms <= 3_600_000) return Math.round(ms);
  }
  throw new UsageError(`${flag} must be a duration such as 500ms, 10s or 2500 (milliseconds), from 1ms to 1h, got '${value}'`);
}

/**
 * Parses a whole-number flag within bounds.
 *
 * @example
 * parseWholeNumber('--workers', '4', 0, 256); // 4
 */
export function parseWholeNumber(flag: string, value: string, min: number, max: number): number {
  const trimmed = value.trim();
  const number = /^\d{1,15}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, got '${value}'`);
  }
  return number;
}

/**
 * Parses a byte size: a whole number with an optional unit `K`, `M` or `G` (binary: KiB, MiB,
 * GiB; `KB`/`KiB` spellings accepted).
 *
 * @example
 * parseByteSize('--max-line-bytes', '16M'); // 16777216
 */
export function parseByteSize(flag: string, value: string, min: number, max: number): number {
  const match = /^(\d{1,15})\s*(?:([kmg])(?:i?b)?|b)?$/i.exec(value.trim());
  if (match) {
    const unit = (match[2] ?? '').toLowerCase();
    const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
    const bytes = Number(match[1]) * factor;
    if (Number.isSafeInteger(bytes) && bytes >= min && bytes <= max) return bytes;
  }
  throw new UsageError(`${flag} must be a byte size such as 65536, 64K or 16M, from ${min} to ${max} bytes, got '${value}'`);
}
