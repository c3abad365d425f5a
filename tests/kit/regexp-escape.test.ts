import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/kit/index.js';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the string literally', () => {
    const hosts = ['pic.twitter.com', 'img.murmur.social', 'a+b.example', '(c)|[d]{2}^$\\*?'];
    for (const host of hosts) {
      const pattern = new RegExp(`^${escapeRegExp(host)}$`);
      expect(pattern.test(host)).toBe(true);
    }
    expect(new RegExp(escapeRegExp('pic.twitter.com')).test('picXtwitterYcom')).toBe(false);
    expect(new RegExp(escapeRegExp('a+b')).test('aab')).toBe(false);
  });

  it('leaves letters, digits, "-" and "/" as they are', () => {
    expect(escapeRegExp('amp-twitter/2024')).toBe('amp-twitter/2024');
    expect(escapeRegExp('a.b*c')).toBe('a\\.b\\*c');
  });
});
