import { describe, expect, it } from 'vitest';
import {
  collapseWhitespace,
  endsLine,
  isAsciiDigit,
  isInlineSpace,
  isLineBreak,
  isSpace,
  opensLine,
  skipInlineSpace,
  trimEnd,
  trimStart,
  wordStart,
} from '../../src/kit/characters.js';

describe('collapseWhitespace', () => {
  it('collapses every Unicode space and line break and trims', () => {
    expect(collapseWhitespace('  Met with\u00a0@IsraeliPM\n\n\nin\u3000Jerusalem\u2009 ')).toBe('Met with @IsraeliPM in Jerusalem');
    expect(collapseWhitespace('\r\n\t')).toBe('');
    expect(collapseWhitespace('one')).toBe('one');
  });
  it('stops after the first word that takes the result past maxLength, wherever the stretch of single spaces ends', () => {
    expect(collapseWhitespace('a b  c d', 2)).toBe('a b');
    expect(collapseWhitespace('a b c  d', 3)).toBe('a b c');
    expect(collapseWhitespace('Nine kilometres of trees,\n\npaths and playgrounds', 30)).toBe('Nine kilometres of trees, paths');
    expect(collapseWhitespace(' ab  cd', 0)).toBe('ab');
  });
  it('returns a text already collapsed but for its ends as its trimmed slice, within maxLength', () => {
    expect(collapseWhitespace('\n Nine kilometres of trees. pic.twitter.com/x ')).toBe('Nine kilometres of trees. pic.twitter.com/x');
    expect(collapseWhitespace('a b c d', 3)).toBe('a b c');
    expect(collapseWhitespace('a b c', 5)).toBe('a b c');
    expect(collapseWhitespace('a\u0085b')).toBe('a b');
    expect(collapseWhitespace('a \n\t b  c\u00a0 d\n e f')).toBe('a b c d e f');
  });
  it('keeps invisible non-space characters such as isolates', () => {
    expect(collapseWhitespace('\u2066@a\u2069 b')).toBe('\u2066@a\u2069 b');
  });
});

describe('trimStart / trimEnd', () => {
  it('move past whitespace within bounds', () => {
    expect(trimStart('   body', 0, 7)).toBe(3);
    expect(trimEnd('body   — Name', 0, 7)).toBe(4);
    expect(trimEnd('   ', 1, 3)).toBe(1);
  });
});

describe('collapseWhitespace and isSpace agree', () => {
  it('collapses exactly the code units isSpace accepts, and keeps every other one', () => {
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      expect(collapseWhitespace(`a${char}${char}b`), code.toString(16)).toBe(isSpace(code) ? 'a b' : `a${char}${char}b`);
      expect(collapseWhitespace(`a${char}b`), code.toString(16)).toBe(isSpace(code) ? 'a b' : `a${char}b`);
    }
  });
});

describe('isInlineSpace, isLineBreak and isSpace', () => {
  it('accept exactly their listed code units in the whole BMP', () => {
    const inline = [0x09, 0x0b, 0x0c, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007];
    inline.push(0x2008, 0x2009, 0x200a, 0x202f, 0x205f, 0x3000, 0xfeff);
    const breaks = [0x0a, 0x0d, 0x85, 0x2028, 0x2029];
    const accepted = (test: (code: number) => boolean): number[] => {
      const codes: number[] = [];
      for (let code = 0; code < 0x10000; code++) if (test(code)) codes.push(code);
      return codes;
    };
    expect(accepted(isInlineSpace)).toEqual(inline);
    expect(accepted(isLineBreak)).toEqual(breaks);
    expect(accepted(isSpace)).toEqual([...inline, ...breaks].sort((a, b) => a - b));
    expect(isSpace(Number.NaN)).toBe(false);
  });
});

describe('isAsciiDigit', () => {
  it("accepts 0-9 only: not the characters beside them, nor other scripts' digits", () => {
    expect([...'0123456789'].every((digit) => isAsciiDigit(digit.charCodeAt(0)))).toBe(true);
    for (const other of ['/', ':', 'a', '٣', '３', ' ']) expect(isAsciiDigit(other.charCodeAt(0)), other).toBe(false);
  });
});

describe('skipInlineSpace', () => {
  it('skips spaces and tabs up to a line break or the end given', () => {
    expect(skipInlineSpace('on \t May 1', 2)).toBe(5);
    expect(skipInlineSpace('a \n b', 1)).toBe(2);
    expect(skipInlineSpace('a    b', 1, 3)).toBe(3);
    expect(skipInlineSpace('a', 1)).toBe(1);
  });
});

describe('wordStart', () => {
  it('finds the start of the word that ends at the offset, not below the floor', () => {
    expect(wordStart('see pic.twitter.com/x', 0, 21)).toBe(4);
    expect(wordStart('see pic.twitter.com/x', 8, 21)).toBe(8);
    expect(wordStart('see ', 0, 4)).toBe(4);
  });
});

describe('opensLine and endsLine', () => {
  it('accept only spaces and tabs between the offset and the line edge', () => {
    const text = 'text\n  https://x.com  \nmore';
    expect(opensLine(text, 7)).toBe(true);
    expect(opensLine(text, 8)).toBe(false);
    expect(opensLine('  a', 2)).toBe(true);
    expect(endsLine(text, 20)).toBe(true);
    expect(endsLine(text, 19)).toBe(false);
    expect(endsLine('a  ', 1)).toBe(true);
  });
});
