import { describe, expect, it } from 'vitest';
import { cliFlags } from '../../src/cli/parse-arguments.js';
import { usageText } from '../../src/cli/usage-text.js';

describe('usageText', () => {
  const text = usageText('9.8.7');

  it('names the version and both commands', () => {
    expect(text.startsWith('embedsift 9.8.7: ')).toBe(true);
    expect(text).toContain('embedsift extract [options] [FILE…]');
    expect(text).toContain('embedsift convert [options] [FILE…]');
  });

  it('lists every flag the parser knows, with its short form', () => {
    for (const [name, flag] of Object.entries(cliFlags)) {
      expect(text, name).toMatch(new RegExp(`(^|[\\s,])--${name}(?![\\w-])`, 'm'));
      if ('short' in flag) expect(text, name).toContain(`-${flag.short}, --${name}`);
    }
  });
});
