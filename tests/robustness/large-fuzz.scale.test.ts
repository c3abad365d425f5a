/**
 * The fuzz properties at data size: a random soup of embed pieces, glued to a whole embed, repeated
 * to several megabytes, so that every array the readers build (signatures, records, cuts) holds
 * well over 100,000 entries. Spreading such an array into call arguments throws
 * `RangeError: Maximum call stack size exceeded`; the small fuzz inputs never reach that size.
 * `maxRecords: Infinity` keeps the arrays data-sized all the way to the output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_HTML_TOKENS, FUZZ_TEXT_TOKENS } from '../../bench/hostile-families.mjs';
import { convertArticle, extractEmbedsWithDiagnostics } from '../../src/index.js';

const SIZE = 8 * 1024 * 1024;
const unbounded = { maxRecords: Infinity };

/** A whole embed in each form, so that every repetition of the unit adds at least one record. */
const embedOf = {
  text: '\nhttps://x.com/a/status/1\n— A (@a) May 1, 2024\n',
  html: '<p>Tide tables — Ann Lee (@annlee) May 1, 2024</p>',
  markdown: '\n> Ferry [pic.twitter.com/Rk4TfW2mQz](https://t.co/Rk4TfW2mQz)\n>\n> — Marrick Ports (@MarrickPorts) May 1, 2024\n\n',
} as const;
type Form = keyof typeof embedOf;

const soup = (tokens: readonly string[]): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...tokens), { maxLength: 3 }).map((pieces) => pieces.join(''));

/** The unit repeated whole up to `SIZE` characters. */
function repeatToSize(unit: string): string {
  return unit.repeat(Math.max(1, Math.floor(SIZE / unit.length)));
}

/** Extraction and conversion of `input` never throw, and the records stay in bounds and in order. */
function checkLarge(input: string, format: Form): void {
  const { embeds, diagnostics } = extractEmbedsWithDiagnostics(input, { format, ...unbounded });
  expect(embeds.length).toBeGreaterThan(50_000);
  let previous = 0;
  for (const record of embeds) {
    expect(record.source.start).toBeGreaterThanOrEqual(previous);
    expect(record.source.end).toBeLessThanOrEqual(input.length);
    previous = record.source.start;
  }
  for (const diagnostic of diagnostics) expect(diagnostic.end).toBeLessThanOrEqual(input.length);
  const converted = convertArticle(input, { format, embeds: 'remove', ...unbounded });
  expect(converted.placements).toHaveLength(converted.embeds.length);
}

describe('extraction and conversion on megabytes of repeated token soup never throw', () => {
  it.each([
    ['text', FUZZ_TEXT_TOKENS],
    ['html', [...FUZZ_TEXT_TOKENS, ...FUZZ_HTML_TOKENS]],
    ['markdown', FUZZ_TEXT_TOKENS],
  ] as const)(
    '%s',
    (format, tokens) => {
      fc.assert(
        fc.property(soup(tokens), (pieces) => {
          // Soup first, then a whole embed: the soup cannot swallow the embed that ends the unit.
          // In HTML a `<!--` in the soup would hide every later unit, so the unit closes it first
          // (a stray `-->` outside a comment is text).
          const closer = format === 'html' ? ' -->' : '';
          checkLarge(repeatToSize(`${pieces}${closer} ${embedOf[format]}`), format);
        }),
        { numRuns: 2 },
      );
    },
    300_000,
  );
});
