import { describe, expect, it } from 'vitest';
import { isLetter, isLower, isUpper } from '../../src/text/letter-case.js';

describe('letter case', () => {
  it('tells lowercase, uppercase and caseless letters in any script', () => {
    const text = 'aÉ日1 ßΩ';
    expect([0, 1, 2, 3, 4, 5, 6].map((at) => isLower(text, at))).toEqual([true, false, false, false, false, true, false]);
    expect([0, 1, 2, 3, 4, 5, 6].map((at) => isUpper(text, at))).toEqual([false, true, false, false, false, false, true]);
    expect([0, 1, 2, 3, 4, 5, 6].map((at) => isLetter(text, at))).toEqual([true, true, true, false, false, true, true]);
  });

  it('says no past either end of the text', () => {
    expect(isLower('a', -1)).toBe(false);
    expect(isUpper('A', 1)).toBe(false);
  });
});
