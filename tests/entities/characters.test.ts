import { describe, expect, it } from 'vitest';
import { isJsWhitespace } from '../../src/entities/characters.js';

describe('isJsWhitespace', () => {
  it('agrees with /\\s/ on every code unit', () => {
    const mismatches: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isJsWhitespace(code) !== /\s/.test(String.fromCharCode(code))) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });
});
