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

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
    ['NEL', '\u0085'],
    ['LINE SEPARATOR', '\u2028'],
    ['PARAGRAPH SEPARATOR', '\u2029'],
  ])('reads %s breaks as the LF-only fast path reads LF', (_name, brk) => {
    const lf = new LineTable('one\n\ntwo\n \nthree\n\n\n\nfour');
    const other = new LineTable('one\n\ntwo\n \nthree\n\n\n\nfour'.replaceAll('\n', brk));
    expect(other.blank).toEqual(lf.blank);
    expect(other.baseGap).toBe(lf.baseGap);
    expect(other.ends.map((end, i) => end - (other.starts[i] ?? 0))).toEqual(lf.ends.map((end, i) => end - (lf.starts[i] ?? 0)));
  });

  it('reads a mixed document (one CR among LFs) line by line', () => {
    const lines = new LineTable('a\nb\rc\n\nd');
    expect(lines.starts).toEqual([0, 2, 4, 6, 7]);
    expect(lines.blank).toEqual([false, false, false, true, false]);
  });
});
