import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAt, previousNonBlank, readLines, SCRIPT_SAMPLE } from '../../src/text/line-table.js';
import { MAX_POST_LENGTH, weightedLength } from '../../src/text/post-length.js';
import { dominantScript, Script } from '../../src/text/scripts.js';

describe('LineTable', () => {
  it('finds lines, blank lines and the usual paragraph gap', () => {
    const lines = readLines('one\n\ntwo\n\nthree\n\n\n\nfour');
    expect(lines.starts).toEqual([0, 4, 5, 9, 10, 16, 17, 18, 19]);
    expect(lines.blank).toEqual([false, true, false, true, false, true, true, true, false]);
    expect(lines.baseGap).toBe(1);
    expect(lineAt(lines, 10)).toBe(4);
    expect(previousNonBlank(lines, 8)).toBe(4);
  });
  it('treats CRLF as one break and single-newline documents as gap 0', () => {
    const lines = readLines('a\r\nb\r\nc\r\n\r\nd');
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
    const lf = readLines('one\n\ntwo\n \nthree\n\n\n\nfour');
    const other = readLines('one\n\ntwo\n \nthree\n\n\n\nfour'.replaceAll('\n', brk));
    expect(other.blank).toEqual(lf.blank);
    expect(other.baseGap).toBe(lf.baseGap);
    expect(other.ends.map((end, i) => end - (other.starts[i] ?? 0))).toEqual(lf.ends.map((end, i) => end - (lf.starts[i] ?? 0)));
  });

  it('reads a mixed document (one CR among LFs) line by line', () => {
    const lines = readLines('a\nb\rc\n\nd');
    expect(lines.starts).toEqual([0, 2, 4, 6, 7]);
    expect(lines.blank).toEqual([false, false, false, true, false]);
  });

  const article = [
    'The council met on Tuesday. pic.twitter.com/Ab12Cd34 and https://example.com/a long line of prose '.repeat(8),
    '',
    'Καλημέρα σας, φίλοι μου 東京の夜 https://t.co/x',
    '',
    'Short one.',
  ].join('\n');

  it('gives the weighted length of a range as weightedLength does, up to any limit', () => {
    const lines = readLines(article);
    const ranges = [
      [0, lines.ends[0] ?? 0],
      [lines.starts[2] ?? 0, lines.ends[2] ?? 0],
      [lines.starts[4] ?? 0, lines.ends[4] ?? 0],
      [5, 60],
      [0, article.length],
    ] as const;
    // Asked twice in each order of limits: what was counted for one limit serves the others.
    for (const limits of [
      [MAX_POST_LENGTH, 100, 10, 0, -5, 1000],
      [-5, 0, 10, 100, MAX_POST_LENGTH, 1000],
    ]) {
      const fresh = readLines(article);
      for (const [start, end] of ranges) {
        for (const limit of limits) {
          const expected = weightedLength(article, start, end, limit);
          const got = fresh.weight(start, end, limit);
          if (expected <= limit) expect(got).toBe(expected);
          else expect(got).toBeGreaterThan(limit);
        }
      }
    }
    expect(lines.weight(lines.starts[4] ?? 0, lines.ends[4] ?? 0)).toBe(10);
    expect(lines.weight(0, lines.ends[0] ?? 0)).toBeGreaterThan(MAX_POST_LENGTH);
  });

  // The pieces a weight is made of: wide characters, surrogate pairs and lone halves, links (whole,
  // cut short, glued to a word), and spaces that end a link.
  const PIECES = [
    'a',
    'word ',
    'hi',
    'pi',
    'ht',
    'http',
    'https://t.co/x',
    'pic.twitter.com/Ab1',
    'pic.x.com/',
    ' ',
    '\n',
    '東',
    '—',
    '😀',
    '\ud83d',
    '\ude00',
    'Καλη',
    '\u10ff',
    '\u1100',
  ];

  it('counts any range as weightedLength does up to the longest post, links and surrogates included', () => {
    const text = fc
      .array(fc.tuple(fc.constantFrom(...PIECES), fc.integer({ min: 1, max: 40 })), { maxLength: 40 })
      .map((parts) => parts.map(([piece, times]) => piece.repeat(times)).join(''));
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (article, a, b) => {
        const start = article.length === 0 ? 0 : a % article.length;
        const end = start + (article.length === start ? 0 : b % (article.length - start + 1));
        const expected = weightedLength(article, start, end, MAX_POST_LENGTH);
        expect(readLines(article).weight(start, end)).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("tells a range's script from its first letters, as dominantScript does", () => {
    const lines = readLines(article);
    const greek = lines.starts[2] ?? 0;
    expect(lines.script(greek, lines.ends[2] ?? 0)).toBe(Script.Greek);
    expect(lines.script(greek, lines.ends[2] ?? 0)).toBe(Script.Greek);
    expect(lines.script(0, lines.ends[0] ?? 0)).toBe(Script.Latin);
    // Another end for the same start is read anew.
    const cjk = article.indexOf('東');
    expect(lines.script(cjk - 1, cjk + 3)).toBe(dominantScript(article, cjk - 1, cjk + 3, SCRIPT_SAMPLE));
    expect(lines.script(cjk - 1, cjk)).toBeNull();
  });
});
