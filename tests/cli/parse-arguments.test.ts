// parseArguments on its own (no build needed): the --hosts check.
import { describe, expect, it } from 'vitest';
import { parseArguments } from '../../src/cli/parse-arguments.js';
import { isUsageError } from '../../src/cli/usage-error.js';

const hostsOf = (value: string) => {
  const parsed = parseArguments(['extract', '--expand', '--hosts', value]);
  return parsed.kind === 'run' ? parsed.options.expand?.hosts : undefined;
};

describe('--hosts', () => {
  it('reads a comma-separated list, trimmed and lowercase, or all', () => {
    expect(hostsOf(' T.co, bit.ly ,,[::1]')).toEqual(['t.co', 'bit.ly', '[::1]']);
    expect(hostsOf('ALL')).toBe('all');
  });

  it.each(['bit.ly:80', 'https://t.co/', 'bücher.de', '::1', ' , '])('is a usage error for %j, as the library would throw', (value) => {
    let thrown: unknown;
    try {
      hostsOf(value);
    } catch (error) {
      thrown = error;
    }
    expect(isUsageError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(/--hosts must be a comma-separated list of host names, or all/);
  });
});

describe('--total-timeout-ms', () => {
  const expandOf = (argv: string[]) => {
    const parsed = parseArguments(['extract', '--expand', ...argv]);
    return parsed.kind === 'run' ? { expand: parsed.options.expand, notices: parsed.notices } : undefined;
  };

  it("mirrors the API's totalTimeoutMs and is the same limit as --timeout-ms", () => {
    expect(expandOf(['--total-timeout-ms', '7500'])).toEqual(expandOf(['--timeout-ms', '7500']));
    expect(expandOf(['--total-timeout-ms', '7500'])?.expand?.timeout).toBe(7500);
    expect(expandOf(['--total-timeout-ms', '7500'])?.notices).toEqual([]);
  });

  it('given with --timeout-ms or the deprecated --timeout, is a usage error', () => {
    expect(() => expandOf(['--total-timeout-ms', '1', '--timeout-ms', '1'])).toThrow(
      /--timeout-ms and --total-timeout-ms name the same limit/,
    );
    expect(() => expandOf(['--total-timeout-ms', '1', '--timeout', '1s'])).toThrow(/--timeout and --total-timeout-ms name the same limit/);
    expect(() => parseArguments(['extract', '--total-timeout-ms', '1'])).toThrow(/--total-timeout-ms needs --expand/);
  });
});
