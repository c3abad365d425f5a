/**
 * Property tests: whatever string comes in, extraction never throws, and what comes out is valid
 * and points inside the input. Hostile or mangled scraped text is the normal case, not the edge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FUZZ_HTML_TOKENS, FUZZ_TEXT_TOKENS } from '../../bench/hostile-families.mjs';
import { extractEmbeds, extractEmbedsWithDiagnostics, extractEntities } from '../../src/index.js';
import { diagnosticSchema, embedRecordSchema } from '../../src/schema/index.js';

const numRuns = 300;
const formats = ['auto', 'text', 'html'] as const;
type Format = (typeof formats)[number];

/** Pieces of embeds and near-embeds, glued in any order by the token arbitraries below (shared with the linearity tests and the hostile bench, which repeat each one). */
const textTokens = FUZZ_TEXT_TOKENS;
const htmlTokens = FUZZ_HTML_TOKENS;

/** Any UTF-16 code unit, lone surrogates included: scraped text is not always well formed. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

const inputs: Record<string, fc.Arbitrary<string>> = {
  'ASCII strings': fc.string({ maxLength: 400, size: 'max' }),
  'full-Unicode strings': fc.string({ unit: 'binary', maxLength: 400, size: 'max' }),
  'strings of raw UTF-16 code units': fc.string({ unit: codeUnit, maxLength: 400, size: 'max' }),
  'embed-like token soup': fc.array(fc.constantFrom(...textTokens), { maxLength: 200, size: 'max' }).map((t) => t.join('')),
  'embed-and-HTML token soup': fc
    .array(fc.constantFrom(...textTokens, ...htmlTokens), { maxLength: 200, size: 'max' })
    .map((t) => t.join('')),
  'token soup with random glue': fc
    .array(fc.oneof(fc.constantFrom(...textTokens, ...htmlTokens), fc.string({ unit: codeUnit, maxLength: 3 })), {
      maxLength: 150,
      size: 'max',
    })
    .map((t) => t.join('')),
};

/** Asserts every invariant of one extraction of `input` with `format`. */
function checkExtraction(input: string, format: Format): void {
  const records = extractEmbeds(input, { format });
  const { embeds, diagnostics } = extractEmbedsWithDiagnostics(input, { format });

  expect(Array.isArray(records)).toBe(true);
  expect(embeds).toEqual(records); // the two entry points agree (and extraction is deterministic)

  let previousStart = 0;
  for (const record of records) {
    expect(embedRecordSchema.parse(record), 'record matches the schema, no extra keys').toEqual(record);
    const { start, end } = record.source;
    expect(start, 'source.start').toBeGreaterThanOrEqual(0);
    expect(start, 'source.start < source.end').toBeLessThan(end);
    expect(end, 'source.end <= input.length').toBeLessThanOrEqual(input.length);
    expect(start, 'records in document order').toBeGreaterThanOrEqual(previousStart);
    if (format !== 'auto') expect(record.source.format).toBe(format);
    previousStart = start;
  }

  for (const diagnostic of diagnostics) {
    diagnosticSchema.parse(diagnostic);
    expect(diagnostic.start, 'diagnostic.start').toBeGreaterThanOrEqual(0);
    expect(diagnostic.start, 'diagnostic.start <= diagnostic.end').toBeLessThanOrEqual(diagnostic.end);
    expect(diagnostic.end, 'diagnostic.end <= input.length').toBeLessThanOrEqual(input.length);
  }
}

describe.each(formats)('format %s', (format) => {
  it.each(Object.entries(inputs))('%s: never throws, records valid and in bounds', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (input) => checkExtraction(input, format)),
      { numRuns },
    );
  });
});

describe.each([false, true])('extractEntities (gluedUrls: %s)', (gluedUrls) => {
  it.each(Object.entries(inputs))('%s: never throws, entities in bounds and in order', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const entities = extractEntities(input, { gluedUrls });
        for (const [kind, list] of Object.entries(entities)) {
          let previousEnd = 0;
          for (const entity of list) {
            expect(typeof entity.value, kind).toBe('string');
            expect(entity.start, `${kind} start`).toBeGreaterThanOrEqual(previousEnd);
            expect(entity.start, `${kind} start < end`).toBeLessThan(entity.end);
            expect(entity.end, `${kind} end <= input.length`).toBeLessThanOrEqual(input.length);
            previousEnd = entity.end;
          }
        }
      }),
      { numRuns },
    );
  });
});

describe('non-string input', () => {
  const bad: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', {}],
    // Bytes are a Uint8Array (a Buffer is one, and is read: tests/extract/extract-embeds-bytes.test.ts); other typed arrays are not.
    ['a Uint16Array', new Uint16Array(4)],
  ];

  it.each(bad)('%s: extractEmbeds throws a TypeError naming the argument', (_name, value) => {
    expect(() => extractEmbeds(value as string)).toThrow(TypeError);
    expect(() => extractEmbeds(value as string)).toThrow(/input/);
  });

  it.each(bad)('%s: extractEmbedsWithDiagnostics throws a TypeError naming the argument', (_name, value) => {
    expect(() => extractEmbedsWithDiagnostics(value as string)).toThrow(TypeError);
    expect(() => extractEmbedsWithDiagnostics(value as string)).toThrow(/input/);
  });
});
