import { describe, expect, it } from 'vitest';
import { LineTable } from '../../src/text/line-table.js';

describe('LineTable', () => {
  it('finds lines, blank lines and the usual paragraph gap', () => {
    const lines = new LineTable('one\n\ntwo\n\nthree\n\n\n\nfour');
    expect(lines.starts).toEqual([0, 4, 5, 9, 10, 16, 17, 18, 19]);
    expect(lines.blank).toEqual([false, true, false, true, false, true, true, true, false]);
    expect(lines.baseGap).toBe(1);
    expect(lines.lineAt(10)).toBe(4);
    expect(lines.previousNonBlank(8)).toBe(4);
  });
  it('treats CRLF as one break and single-newline documents as gap 0', () => {
    const lines = new LineTable('a\r\nb\r\nc\r\n\r\nd');
    expect(lines.starts).toEqual([0, 3, 6, 9, 11]);
    expect(lines.baseGap).toBe(0);
  });
});
