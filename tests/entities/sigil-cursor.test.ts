import { describe, expect, it } from 'vitest';
import { SigilCursor } from '../../src/entities/sigil-cursor.js';

/** Every position the cursor gives, walking the text as the scanners do. */
function walk(cursor: SigilCursor): number[] {
  const found: number[] = [];
  for (let at = cursor.next(0); at >= 0; at = cursor.next(at + 1)) found.push(at);
  return found;
}

describe('SigilCursor', () => {
  it('gives the ASCII and full-width sigils merged in text order', () => {
    const text = 'Talks with ＠mayor_office and @transport_desk, then ＠ferries@harbour.';
    const expected = [...text].flatMap((char, index) => (char === '@' || char === '＠' ? [index] : []));
    expect(walk(new SigilCursor(text, '@', '\uff20'))).toEqual(expected);
  });

  it('gives one sigil alone when there is no full-width form', () => {
    expect(walk(new SigilCursor('$ACME up, $BRK.B flat, fee $5', '$', ''))).toEqual([0, 10, 27]);
  });

  it('skips what lies before `from`, and ends with -1', () => {
    const cursor = new SigilCursor('#a #b ＃c', '#', '\uff03');
    expect(cursor.next(1)).toBe(3);
    expect(cursor.next(4)).toBe(6);
    expect(cursor.next(7)).toBe(-1);
    expect(new SigilCursor('no signs here', '#', '\uff03').next(0)).toBe(-1);
  });
});
