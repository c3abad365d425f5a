import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/index.js';
import { gluedSeams, MIN_SEAMS, seamAt } from '../../src/text/glued-seams.js';

describe('GluedSeams', () => {
  it('finds a sentence end glued to the next sentence, after a word of two letters or more', () => {
    const text = 'one.Two three!Four five?Six seven:Eight nine.”TEN';
    expect(gluedSeams(text).within(0, text.length)).toEqual([4, 14, 24, 34, 46]);
  });

  it('leaves abbreviations, numbered items, times, links and spaced sentences alone', () => {
    const text = 'The U.S. team, e.g.The cup, z.B.Die Mannschaft.1.Item at 10:30. Next one. See https://example.com/path:x';
    expect(gluedSeams(text).within(0, text.length)).toEqual([]);
  });

  it(`calls a document glued once it shows at least ${MIN_SEAMS} seams`, () => {
    expect(gluedSeams('A typo.Here and a fine sentence. Another.').glued).toBe(false);
    expect(gluedSeams('The ferry ran late.Council met.Nobody came.Rain fell.').glued).toBe(true);
  });

  it('puts a space back at each seam between two words of a slice, and none at its edges or in its last word', () => {
    const text = 'Ferry late.Council met.Nobody came.Ads';
    const seams = gluedSeams(text);
    expect(seams.restore(0, text.length)).toBe('Ferry late. Council met. Nobody came.Ads');
    expect(seams.restore(11, 34)).toBe('Council met. Nobody came');
  });

  it('leaves a seam inside a link as it is', () => {
    const text = 'See https://example.com/road.Works now.Then more.Words here';
    expect(gluedSeams(text).restore(0, text.length)).toBe('See https://example.com/road.Works now. Then more. Words here');
  });

  it('finds the seams within a range only', () => {
    const text = 'Ferry late.Council met.Nobody came';
    expect(gluedSeams(text).within(12, text.length)).toEqual([23]);
    expect(gluedSeams(text).within(0, 11)).toEqual([]);
  });
});

describe('seamAt', () => {
  it('reads letters and case as the Unicode properties do, in ASCII and beyond', () => {
    // The rule written with the Unicode properties alone, for every character at every place around the mark.
    const is = (pattern: RegExp, text: string, at: number): boolean => pattern.test(text.charAt(at));
    const [lower, upper, letter] = [/^\p{Ll}$/u, /^\p{Lu}$/u, /^\p{L}$/u];
    const reference = (text: string, at: number): number => {
      if (text.charCodeAt(at) === 0x3a) return is(letter, text, at - 1) && is(upper, text, at + 1) && is(lower, text, at + 2) ? at + 1 : -1;
      const next = text.charCodeAt(at + 1);
      if (next === 0x22 || next === 0x201d || next === 0x2019) return is(upper, text, at + 2) ? at + 2 : -1;
      return is(upper, text, at + 1) && is(lower, text, at - 1) && is(letter, text, at - 2) ? at + 1 : -1;
    };
    const characters = ['a', 'z', 'A', 'Z', '0', '@', '[', '`', '{', ' ', 'é', 'É', 'ß', 'ω', 'Ω', '東', 'ǅ'];
    // Differences are collected and compared once: an expect per case would take seconds.
    const differences: string[] = [];
    let cases = 0;
    for (const mark of ['.', '!', '?', ':']) {
      for (const x of characters) {
        for (const y of characters) {
          for (const z of characters) {
            for (const text of [`${x}${y}${mark}${z}${y}`, `${x}${mark}${z}`, `${mark}${y}`, `${x}${y}${mark}`, `${x}${y}${mark}”${z}`]) {
              const at = text.indexOf(mark);
              cases++;
              if (seamAt(text, at) !== reference(text, at)) differences.push(text);
            }
          }
        }
      }
    }
    expect(cases).toBe(4 * 17 ** 3 * 5);
    expect(differences).toEqual([]);
  });

  it('gives the capital a seam opens, or -1', () => {
    expect(seamAt('said.Then', 4)).toBe(5);
    expect(seamAt('said.”Then', 4)).toBe(6);
    expect(seamAt('IRGC:Now', 4)).toBe(5);
    expect(seamAt('U.S.A', 1)).toBe(-1);
    expect(seamAt('at 10:30', 5)).toBe(-1);
  });
});

describe('a post whose line breaks were glued shut', () => {
  it('gets its space back where a <br> vanished, and no link is read into the seam', () => {
    const text =
      'Harbour notes.\n\nThe ferry is back on time today.Thanks to the crews who worked all night\n— Ana Lowry (@analowry) May 3, 2024\n';
    const [embed] = extractEmbeds(text, { format: 'text' });
    expect(embed?.text).toBe('The ferry is back on time today. Thanks to the crews who worked all night');
    expect(embed?.links).toEqual([]);
  });
});
