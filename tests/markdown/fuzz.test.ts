/**
 * Property tests for Markdown input: whatever string comes in, extraction and conversion never
 * throw, records are schema-valid and in document order, and every offset points inside the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertArticle, extractEmbeds, extractEmbedsWithDiagnostics } from '../../src/index.js';
import { diagnosticSchema, embedRecordSchema } from '../../src/schema/index.js';
import { projectMarkdown } from '../../src/markdown/index.js';

const numRuns = 300;

/** Markdown syntax and embed pieces, glued in any order. */
const tokens = [
  '>',
  '> ',
  '>>',
  '\n',
  '\n\n',
  '\n>\n',
  '  \n',
  '\\',
  '\\_',
  '\\[',
  '[',
  ']',
  '(',
  ')',
  '](',
  '][',
  '![',
  '<',
  '>',
  '<https://',
  'https://t.co/Ab1',
  'pic.twitter.com/Ab1',
  '"',
  "'",
  ' "t"',
  '*',
  '**',
  '_',
  '__',
  '~~',
  '`',
  '```',
  '#',
  '## ',
  '- ',
  '1. ',
  '2) ',
  '---',
  '===',
  '&amp;',
  '&#8212;',
  '&',
  ':',
  '[1]: https://example.org/a',
  '[1]',
  '[a][1]',
  '[a][]',
  '— ',
  '(@',
  '(@a)',
  ')',
  'Jane Roe',
  'word',
  ' ',
  'February 7, 2024',
  '(https://twitter.com/a/status/1755259323123712345)',
  'A post shared by ',
  '[pic.twitter.com/Ab1](https://t.co/Ab1)',
  '— Jane Roe (@janeroe) [February 7, 2024](https://twitter.com/janeroe/status/1755259323123712345)',
];
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const inputs: Record<string, fc.Arbitrary<string>> = {
  'full-Unicode strings': fc.string({ unit: 'binary', maxLength: 300, size: 'max' }),
  'raw UTF-16 code units': fc.string({ unit: codeUnit, maxLength: 300, size: 'max' }),
  'Markdown token soup': fc.array(fc.constantFrom(...tokens), { maxLength: 150, size: 'max' }).map((parts) => parts.join('')),
  'token soup with random glue': fc
    .array(fc.oneof(fc.constantFrom(...tokens), fc.string({ unit: codeUnit, maxLength: 3 })), { maxLength: 120, size: 'max' })
    .map((parts) => parts.join('')),
};

describe.each(Object.entries(inputs))('%s', (_name, arbitrary) => {
  it('extraction never throws; records are valid, in order and in bounds', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const records = extractEmbeds(input, { format: 'markdown' });
        const { embeds, diagnostics } = extractEmbedsWithDiagnostics(input, { format: 'markdown' });
        expect(embeds).toEqual(records);
        let previousStart = 0;
        for (const record of records) {
          expect(embedRecordSchema.parse(record)).toEqual(record);
          expect(record.source.format).toBe('markdown');
          expect(record.source.start).toBeGreaterThanOrEqual(previousStart);
          expect(record.source.start).toBeLessThan(record.source.end);
          expect(record.source.end).toBeLessThanOrEqual(input.length);
          previousStart = record.source.start;
        }
        for (const diagnostic of diagnostics) {
          diagnosticSchema.parse(diagnostic);
          expect(diagnostic.start).toBeGreaterThanOrEqual(0);
          expect(diagnostic.start).toBeLessThanOrEqual(diagnostic.end);
          expect(diagnostic.end).toBeLessThanOrEqual(input.length);
        }
      }),
      { numRuns },
    );
  });

  it('the projection maps every unit to an input offset, in order, and its links into the text', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const { text, offsets, links, quotes } = projectMarkdown(input);
        expect(offsets.length).toBe(text.length);
        for (let i = 1; i < offsets.length; i++) expect(offsets[i]).toBeGreaterThanOrEqual(offsets[i - 1] ?? 0);
        for (const offset of offsets) expect(offset).toBeLessThan(input.length);
        for (const range of [...links, ...quotes]) {
          expect(range.start).toBeGreaterThanOrEqual(0);
          expect(range.start).toBeLessThanOrEqual(range.end);
          expect(range.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns },
    );
  });

  it('conversion never throws; keep returns the input; remove never grows it', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        expect(convertArticle(input, { embeds: 'keep', format: 'markdown' }).output).toBe(input);
        const removed = convertArticle(input, { embeds: 'remove', format: 'markdown' });
        expect(removed.output.length).toBeLessThanOrEqual(input.length + 1);
        const marked = convertArticle(input, { embeds: 'marker', format: 'markdown', output: 'markdown' });
        for (const placement of marked.placements) expect(placement.end).toBeLessThanOrEqual(marked.output.length);
      }),
      { numRuns: 100 },
    );
  });
});
