import { describe, expect, it } from 'vitest';
import { CLOSERS, endsSentence, endsWithColon, isColon, isExclaimOrQuestion, isFullStop } from '../../src/text/line-end-marks.js';

const code = (character: string): number => character.charCodeAt(0);

describe('endsWithColon', () => {
  it('reads the last character of the range, in either width', () => {
    expect(endsWithColon('Er schrieb dazu:', 0, 16)).toBe(true);
    expect(endsWithColon('市の発表：', 0, 5)).toBe(true);
    expect(endsWithColon('Er schrieb dazu: nichts.', 0, 24)).toBe(false);
    expect(endsWithColon(':', 0, 0)).toBe(false);
  });
});

describe('isColon', () => {
  it('takes both widths of the colon and nothing else', () => {
    expect([':', '：', ';', '.'].map((mark) => isColon(code(mark)))).toEqual([true, true, false, false]);
  });
});

describe('isFullStop', () => {
  it('knows the full stops of several scripts', () => {
    expect(['.', '。', '．', '।', '॥', '۔', '։', '።', '။', '།'].every((mark) => isFullStop(code(mark)))).toBe(true);
    expect(['!', '?', ',', 'a', '…'].some((mark) => isFullStop(code(mark)))).toBe(false);
  });
});

describe('endsSentence', () => {
  it('is a full stop, `!` or `?`, in either width', () => {
    expect(['.', '。', '!', '?', '！', '？'].every((mark) => endsSentence(code(mark)))).toBe(true);
    expect([':', ',', 'a', ')'].some((mark) => endsSentence(code(mark)))).toBe(false);
    expect(isExclaimOrQuestion(code('.'))).toBe(false);
  });
});

describe('CLOSERS', () => {
  it('holds closing quotes and brackets, not opening ones', () => {
    expect(['”', '»', ')', ']', '」', '』', '）'].every((mark) => CLOSERS.has(code(mark)))).toBe(true);
    expect(['(', '[', '「', '„'].some((mark) => CLOSERS.has(code(mark)))).toBe(false);
  });
});
