import { describe, expect, it } from 'vitest';
import { isDomainChar, isJsWhitespace, isTwitterPunct, isTwitterSpace } from '../../src/entities/characters.js';

describe('isJsWhitespace', () => {
  it('agrees with /\\s/ on every code unit', () => {
    const mismatches: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isJsWhitespace(code) !== /\s/.test(String.fromCharCode(code))) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('isTwitterSpace', () => {
  // twitter-text's `spaces` group (regexen.spaces), written out as its source has it.
  const spaces = /[\u0009-\u000D\u0020\u0085\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

  it("agrees with twitter-text's spaces group on every code unit", () => {
    const mismatches: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isTwitterSpace(code) !== spaces.test(String.fromCharCode(code))) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });
});

describe('isDomainChar', () => {
  it("excludes exactly twitter-text's punctuation and spaces among ASCII code units", () => {
    const mismatches: number[] = [];
    for (let code = 0; code < 128; code++) {
      const expected = !isTwitterPunct(code) && !isTwitterSpace(code);
      if (isDomainChar(code, false) !== expected || isDomainChar(code, true) !== expected) mismatches.push(code);
    }
    expect(mismatches).toEqual([]);
  });
});
