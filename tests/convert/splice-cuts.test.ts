/** src/convert/splice-cuts.ts on its own (split from the converter's parts test). */
import { describe, expect, it } from 'vitest';
import { groupEmbedRanges } from '../../src/convert/embed-units.js';
import { spliceCuts } from '../../src/convert/splice-cuts.js';
import type { Cut } from '../../src/convert/splice-cuts.js';
import { record } from './embed-record.js';

describe('spliceCuts', () => {
  const remove = (start: number, end: number, records: number[] = [0]): Cut => ({ start, end, kind: 'remove', pieces: [], records });
  const at = (input: string, needle: string): [number, number] => {
    const start = input.indexOf(needle);
    return [start, start + needle.length];
  };

  it('inline: replaces exactly, never duplicating or losing text around overlapping records', () => {
    const input = 'aaa EMBED-ONE-TWO bbb';
    const units = groupEmbedRanges([record(4, 13), record(8, 17)], input.length);
    const cuts: Cut[] = units.map((unit) => ({
      ...unit,
      kind: 'inline',
      pieces: unit.records.flatMap((index, k) => [
        ...(k > 0 ? [{ text: ' ', records: [] }] : []),
        { text: `<${index}>`, records: [index] },
      ]),
    }));
    const { output, placements } = spliceCuts(input, cuts, 2);
    expect(output).toBe('aaa <0> <1> bbb');
    expect(placements.map((p) => output.slice(p.start, p.end))).toEqual(['<0>', '<1>']);
  });

  it('remove inside a line keeps one space, none before closing punctuation or an end tag', () => {
    const input = 'She wrote EMBED and left. She wrote EMBED. Then <p>x EMBED</p>';
    const cuts = [remove(10, 15), remove(36, 41), remove(53, 58)];
    expect(spliceCuts(input, cuts, 1).output).toBe('She wrote and left. She wrote. Then <p>x</p>');
  });

  it('remove keeps the larger gap and the next line’s indentation', () => {
    const input = 'One.\n\n    EMBED\n    Two.';
    const [s, e] = at(input, 'EMBED');
    expect(spliceCuts(input, [remove(s, e)], 1).output).toBe('One.\n\n    Two.');
  });

  it('block cuts get blank lines around them and between each other', () => {
    const input = 'Intro: EMBED1\nEMBED2\nOutro';
    const cuts: Cut[] = [
      { start: 7, end: 13, kind: 'block', pieces: [{ text: '> one', records: [0] }], records: [0] },
      { start: 14, end: 20, kind: 'block', pieces: [{ text: '> two', records: [1] }], records: [1] },
    ];
    const { output, placements } = spliceCuts(input, cuts, 2);
    expect(output).toBe('Intro:\n\n> one\n\n> two\n\nOutro');
    expect(placements.map((p) => output.slice(p.start, p.end))).toEqual(['> one', '> two']);
  });
});
