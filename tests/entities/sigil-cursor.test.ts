import { describe, expect, it } from 'vitest';
import { sigilCursor } from '../../src/entities/sigil-cursor.js';

/** Every position the cursor gives, walking the text as the scanners do. */
function walk(next: (from: number) => number): number[] {
  const found: number[] = [];
  for (let at = next(0); at >= 0; at = next(at + 1)) found.push(at);
  return found;
}

describe('sigilCursor', () => {
  it('gives the ASCII and full-width sigils merged in text order', () => {
    const text = 'Talks with ＠mayor_office and @transport_desk, then ＠ferries@harbour.';
    const expected = [...text].flatMap((char, index) => (char === '@' || char === '＠' ? [index] : []));
    expect(walk(sigilCursor(text, '@', '\uff20'))).toEqual(expected);
  });

  it('gives one sigil alone when there is no full-width form', () => {
    expect(walk(sigilCursor('$ACME up, $BRK.B flat, fee $5', '$', ''))).toEqual([0, 10, 27]);
  });

  it('skips what lies before `from`, and ends with -1', () => {
    const next = sigilCursor('#a #b ＃c', '#', '\uff03');
    expect(next(1)).toBe(3);
    expect(next(4)).toBe(6);
    expect(next(7)).toBe(-1);
    expect(sigilCursor('no signs here', '#', '\uff03')(0)).toBe(-1);
  });
});
