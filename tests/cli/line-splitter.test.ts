// The line splitter on its own: any chunking of the same bytes gives the same lines.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../../src/cli/line-splitter.js';

function split(chunks: Buffer[], maxLineBytes: number, wanted?: (n: number) => boolean): (string | number)[] {
  const out: (string | number)[] = [];
  const splitter = new LineSplitter(
    maxLineBytes,
    (bytes, n) => out.push(`${n}:${bytes.toString('latin1')}`),
    (n) => out.push(n),
    wanted,
  );
  for (const chunk of chunks) splitter.push(chunk);
  splitter.endInput();
  return out;
}

function naive(text: string, maxLineBytes: number): (string | number)[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line, i) => {
    const stripped = line.endsWith('\r') ? line.slice(0, -1) : line;
    return stripped.length > maxLineBytes ? i + 1 : `${i + 1}:${stripped}`;
  });
}

describe('LineSplitter', () => {
  it('gives the same lines for every chunking, long lines reported by number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'b', '\n', '\r', '{', 'x'), { maxLength: 200 }).map((chars) => chars.join('')),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 12 }),
        (text, cuts, max) => {
          const bytes = Buffer.from(text, 'latin1');
          const chunks: Buffer[] = [];
          let at = 0;
          for (let i = 0; at < bytes.length; i++) {
            const size = cuts[i % cuts.length] ?? 1;
            chunks.push(bytes.subarray(at, at + size));
            at += size;
          }
          expect(split(chunks, max)).toEqual(naive(text, max));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never buffers more than the limit of one line', () => {
    const big = Buffer.alloc(1 << 20, 0x61);
    const out: (string | number)[] = [];
    const splitter = new LineSplitter(
      100,
      (bytes, n) => out.push(`${n}:${bytes.length}`),
      (n) => out.push(n),
    );
    for (let i = 0; i < 50; i++) splitter.push(big); // a 50 MiB line
    const kept = (splitter as unknown as { pendingBytes: number }).pendingBytes;
    expect(kept).toBe(0);
    splitter.push(Buffer.from('\nok\n'));
    expect(out).toEqual([1, '2:2']);
  });

  it('skips lines outside the wanted set, counting them', () => {
    expect(split([Buffer.from('a\nb\nc\nd\ne')], 10, (n) => n % 2 === 0)).toEqual(['2:b', '4:d']);
  });

  it('abandonLine drops a line cut short (counting it) and returns null at a line boundary', () => {
    const out: (string | number)[] = [];
    const splitter = new LineSplitter(
      100,
      (bytes, n) => out.push(`${n}:${bytes.toString()}`),
      (n) => out.push(n),
    );
    splitter.push(Buffer.from('a\nb\ncu'));
    expect(splitter.abandonLine()).toBe(3);
    expect(splitter.abandonLine()).toBeNull();
    splitter.push(Buffer.from('d\ne'));
    splitter.endInput();
    expect(out).toEqual(['1:a', '2:b', '4:d', '5:e']);
  });
});
