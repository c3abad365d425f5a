import { describe, expect, it } from 'vitest';
import { type ProjectionBuffer, projectionBuffer } from '../../src/markdown/projection-buffer.js';

/** Writes `text` into a buffer, each unit standing for input offset 10 + its index. */
function written(text: string, capacity = text.length): ProjectionBuffer {
  const buffer = projectionBuffer(capacity);
  for (let i = 0; i < text.length; i++) buffer.push(text.charCodeAt(i), 10 + i);
  return buffer;
}

/** What `finish` must give, computed the plain way: a kept flag per written unit. */
function reference(text: string, drops: readonly [number, number][]) {
  const dropped = new Array<boolean>(text.length).fill(false);
  for (const [start, end] of drops) for (let i = Math.max(0, start); i < Math.min(end, text.length); i++) dropped[i] = true;
  let out = '';
  const offsets: number[] = [];
  const position: number[] = [];
  for (let i = 0; i < text.length; i++) {
    position.push(out.length);
    if (dropped[i]) continue;
    out += text[i];
    offsets.push(10 + i);
  }
  position.push(out.length);
  return { text: out, offsets, position };
}

describe('ProjectionBuffer', () => {
  it('drops the provisional units of a link and maps written indices to the finished text', () => {
    // '[pic](' … the projection of `[pic](https://t.co/x) ok`, brackets written before they were known to be syntax.
    const buffer = written('[pic] ok');
    buffer.drop(0);
    buffer.drop(4);
    const finished = buffer.finish();
    expect(finished.text).toBe('pic ok');
    expect([...finished.offsets]).toEqual([11, 12, 13, 15, 16, 17]);
    expect(finished.position(1)).toBe(0); // 'p'
    expect(finished.position(0)).toBe(0); // the dropped '[': the next kept unit
    expect(finished.position(4)).toBe(3); // the dropped ']': the space after it
    expect(finished.position(8)).toBe(6); // the end
    expect(finished.position(99)).toBe(6); // past the end: the end
    expect(finished.position(-3)).toBe(0);
  });

  it('drops the union of overlapping and nested ranges, in any order', () => {
    const text = 'abcdefghij';
    const drops: [number, number][] = [
      [6, 8],
      [1, 4],
      [2, 6],
      [2, 3],
    ];
    const buffer = written(text);
    for (const [start, end] of drops) buffer.drop(start, end);
    const finished = buffer.finish();
    expect(finished.text).toBe('aij');
    const want = reference(text, drops);
    expect([...finished.offsets]).toEqual(want.offsets);
    for (let i = 0; i <= text.length; i++) expect(finished.position(i)).toBe(want.position[i]);
  });

  it('keeps every unit where it was written when nothing is dropped', () => {
    const finished = written('> Ferry back').finish();
    expect(finished.text).toBe('> Ferry back');
    expect(finished.position(5)).toBe(5);
    expect(finished.position(40)).toBe(12);
  });

  it('ignores writes past its capacity and empty or out-of-range drops', () => {
    // The first allocation holds 16 units; growing stops at the capacity (20).
    const buffer = written('abcdefghijklmnopqrstuvwxyz', 20);
    expect(buffer.length).toBe(20);
    buffer.drop(2, 2);
    buffer.drop(19, 50);
    const finished = buffer.finish();
    expect(finished.text).toBe('abcdefghijklmnopqrs');
    expect(finished.position(20)).toBe(19);
  });

  it('grows past its first allocation and agrees with the plain computation on random drops', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    const text = 'The ferry leaves at noon [pic.twitter.com/x] — Ana (@ana) May 3, 2024\n'.repeat(120);
    const drops: [number, number][] = [];
    for (let n = 0; n < 300; n++) {
      const start = random(text.length);
      drops.push([start, start + 1 + random(12)]);
    }
    const buffer = written(text, text.length * 2);
    for (const [start, end] of drops) buffer.drop(start, end);
    const finished = buffer.finish();
    const want = reference(text, drops);
    expect(finished.text).toBe(want.text);
    expect([...finished.offsets]).toEqual(want.offsets);
    for (let i = 0; i <= text.length; i++) expect(finished.position(i)).toBe(want.position[i]);
  });
});
