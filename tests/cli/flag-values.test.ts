import { describe, expect, it } from 'vitest';
import { parseByteSize, parseDuration, parseWholeNumber } from '../../src/cli/flag-values.js';
import { usageMessage } from './usage-message.js';

describe('parseDuration', () => {
  it('reads milliseconds and seconds, from 1 ms to an hour', () => {
    expect(parseDuration('--timeout-ms', '2500')).toBe(2500);
    expect(parseDuration('--timeout-ms', '500ms')).toBe(500);
    expect(parseDuration('--timeout-ms', ' 1.5s ')).toBe(1500);
    expect(parseDuration('--timeout-ms', '3600s')).toBe(3_600_000);
  });

  it('refuses what is out of range or not a duration, naming the flag', () => {
    for (const value of ['0', '0.4ms', '3601s', '10m', '-5', '']) {
      expect(usageMessage(() => parseDuration('--timeout-ms', value))).toContain('--timeout-ms must be a duration');
    }
  });
});

describe('parseWholeNumber', () => {
  it('reads a whole number within its bounds', () => {
    expect(parseWholeNumber('--workers', ' 4 ', 1, 64)).toBe(4);
    expect(parseWholeNumber('--workers', '64', 1, 64)).toBe(64);
  });

  it('refuses fractions, signs and numbers out of bounds', () => {
    for (const value of ['0', '65', '2.5', '+3', '1e2', 'four']) {
      expect(usageMessage(() => parseWholeNumber('--workers', value, 1, 64))).toBe(
        `--workers must be a whole number from 1 to 64, got '${value}'`,
      );
    }
  });
});

describe('parseByteSize', () => {
  it('reads bytes with K, M and G suffixes (binary)', () => {
    expect(parseByteSize('--max-line-bytes', '65536', 1, 2 ** 40)).toBe(65536);
    expect(parseByteSize('--max-line-bytes', '64K', 1, 2 ** 40)).toBe(65536);
    expect(parseByteSize('--max-line-bytes', '16 MiB', 1, 2 ** 40)).toBe(16 * 1024 ** 2);
    expect(parseByteSize('--max-line-bytes', '1g', 1, 2 ** 40)).toBe(1024 ** 3);
    expect(parseByteSize('--max-line-bytes', '100b', 1, 2 ** 40)).toBe(100);
  });

  it('refuses sizes out of bounds and unknown units', () => {
    expect(usageMessage(() => parseByteSize('--max-line-bytes', '2G', 1, 1024 ** 3))).toContain('from 1 to 1073741824 bytes');
    expect(usageMessage(() => parseByteSize('--max-line-bytes', '12T', 1, 2 ** 40))).toContain("got '12T'");
  });
});
