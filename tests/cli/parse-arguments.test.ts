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
