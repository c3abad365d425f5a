// The date matcher's own character classes, and why they are not text/characters.ts's: to dates, a
// BOM is invisible formatting inside a word (text calls it a space), and VT and FF end a line, as
// Unicode's line-breaking rules have it (text calls them spaces). Using text's classes here would
// change the results below.
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/dates/index.js';
import { foldText, isIgnorable, isDateSpace, skipInlineSpace } from '../../src/dates/fold.js';

describe('character classes', () => {
  it('read a BOM as invisible formatting, not as a space', () => {
    expect(isIgnorable(0xfeff)).toBe(true);
    expect(isDateSpace(0xfeff)).toBe(false);
    expect(foldText('Feb\ufeffruary')).toBe('february');
    expect(parseDate('Feb\ufeffruary 7, 2024')?.iso).toBe('2024-02-07');
  });

  it('read VT and FF as line breaks, which a date does not run across', () => {
    for (const code of [0x0b, 0x0c]) {
      expect(isDateSpace(code)).toBe(false);
      expect(skipInlineSpace(`7${String.fromCharCode(code)}Feb`, 1, 5)).toBe(1);
      expect(parseDate(`7${String.fromCharCode(code)}February 2024`)).toBeNull();
    }
    expect(parseDate('7 February 2024')?.iso).toBe('2024-02-07');
  });

  it('skip horizontal space and invisible formatting together', () => {
    expect(skipInlineSpace('7\u00a0\u200e\ufeff Feb', 1, 8)).toBe(5);
  });

  it('fold Arabic alefs with a hamza or madda to alef by decomposition, and the letters that have none by the table', () => {
    expect(foldText('\u0623\u0625\u0622\u0671')).toBe('\u0627\u0627\u0627\u0627');
    expect(foldText('\u0649\u0629\u0640\u06cc\u06a9\u06c0')).toBe('\u064a\u0647\u064a\u0643\u0647');
    expect(foldText('’ ` \u1fef ß ς Ł')).toBe("' ' ' ss σ l");
  });

  it('fold a spelling to single spaces, without spaces or invisible marks around it', () => {
    expect(foldText(' a\u00a0 \u200bLas\t')).toBe('a las');
    expect(foldText('p.\u202fm.')).toBe('p. m.');
  });
});
