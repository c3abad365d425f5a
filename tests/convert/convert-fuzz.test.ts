/**
 * Property tests: whatever string comes in, conversion never throws, `keep` returns the input,
 * `remove` never grows the text, and every placement points inside the output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertArticle } from '../../src/convert/index.js';
import type { EmbedMode, OutputForm } from '../../src/convert/index.js';
import { trustedRanges } from '../../src/convert/uncertain-edges.js';

const numRuns = 150;

const tokens = [
  '(@',
  '@',
  ')',
  '— ',
  ' - ',
  'pic.twitter.com/',
  'https://t.co/',
  'word',
  '\n',
  '\n\n',
  '\n\n\n',
  ' ',
  '\u00a0',
  '\r\n',
  'February 7, 2024',
  'A post shared by ',
  '(@a)',
  'Jane Doe',
  '#tag',
  '*',
  '_',
  '[',
  ']',
  '`',
  '>',
  'https://twitter.com/jane/status/1755259323123712345',
  'Body text. — Jane Roe (@janeroe) May 3, 2024',
  '<blockquote class="twitter-tweet">',
  '</blockquote>',
  '<p>',
  '</p>',
  '<div class="embed-twitter">',
  '</div>',
  '<figure class="wp-block-embed-twitter">',
  '</figure>',
  '&mdash;',
  '&amp;',
  '&lt;',
  '<br>',
  '<!--',
  '-->',
  '<a href="https://twitter.com/a/status/1755259323123712345">',
  '</a>',
  '<',
  '"',
  '=',
  '<script async src="https://platform.twitter.com/widgets.js"></script>',
  '<script>',
  '</script>',
  '<iframe src="https://www.youtube.com/embed/Xk3pQ9LmN2a"></iframe>',
  '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/CwQ7hT2Nr5e/">',
];

const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const inputs: Record<string, fc.Arbitrary<string>> = {
  'arbitrary strings': fc.string({ unit: 'binary', maxLength: 300 }),
  'raw UTF-16 code units': fc.string({ unit: codeUnit, maxLength: 300 }),
  'embed and HTML token soup': fc.array(fc.constantFrom(...tokens), { maxLength: 120 }).map((parts) => parts.join('')),
  'token soup with random glue': fc
    .array(fc.oneof(fc.constantFrom(...tokens), fc.string({ unit: codeUnit, maxLength: 3 })), { maxLength: 120 })
    .map((parts) => parts.join('')),
};
const modes: EmbedMode[] = ['remove', 'marker', 'keep'];
const outputs: OutputForm[] = ['same', 'markdown'];
const formats = ['auto', 'text', 'html'] as const;

describe.each(Object.entries(inputs))('%s', (_name, input) => {
  it('never throw; keep returns the input; remove does not grow; placements are in bounds', () => {
    fc.assert(
      fc.property(
        input,
        fc.constantFrom(...formats),
        fc.constantFrom(...modes),
        fc.constantFrom(...outputs),
        (text, format, embeds, output) => {
          const result = convertArticle(text, { format, embeds, output });
          expect(result.placements).toHaveLength(result.embeds.length);
          for (const placement of result.placements) {
            expect(placement.start).toBeGreaterThanOrEqual(0);
            expect(placement.start).toBeLessThanOrEqual(placement.end);
            expect(placement.end).toBeLessThanOrEqual(result.output.length);
          }
          if (output === 'same' && embeds === 'keep') expect(result.output).toBe(text);
          if (output === 'same' && embeds === 'remove') expect(result.output.length).toBeLessThanOrEqual(text.length);
          if (output === 'same' && result.embeds.length === 0) expect(result.output).toBe(text);
        },
      ),
      { numRuns },
    );
  });

  it('marker placements hold exactly their markers, in order', () => {
    fc.assert(
      fc.property(input, fc.constantFrom(...formats), (text, format) => {
        const result = convertArticle(text, { format, embeds: 'marker', marker: (_record, index) => `{{${index}}}` });
        let previous = 0;
        result.placements.forEach((placement, index) => {
          expect(result.output.slice(placement.start, placement.end)).toBe(`{{${index}}}`);
          expect(placement.start).toBeGreaterThanOrEqual(previous);
          previous = placement.end;
        });
      }),
      { numRuns },
    );
  });

  it('keeps a line of uncertain body in place when removing, and nothing outside the embed is lost', () => {
    const text = '\u3040\r\nBody text. — Jane Roe (@janeroe) May 3, 2024';
    const result = convertArticle(text, { format: 'text', embeds: 'remove' });
    expect(result.output).toBe('\u3040');
    expect(trustedRanges(result.embeds, result.diagnostics)[0]?.source.start).toBeGreaterThan(0);
  });

  it('text outside the embeds survives remove in order (text format)', () => {
    fc.assert(
      fc.property(input, (text) => {
        const result = convertArticle(text, { format: 'text', embeds: 'remove' });
        // Every non-space character outside the ranges cut is still there, in order: the embeds'
        // ranges, each starting past the paragraphs an `uncertain-body` diagnostic marks (a
        // conversion leaves text that may be the article's in place).
        const outside: string[] = [];
        let at = 0;
        const cut = trustedRanges(result.embeds, result.diagnostics);
        for (const record of cut.sort((a, b) => a.source.start - b.source.start)) {
          if (record.source.start > at) outside.push(text.slice(at, record.source.start));
          at = Math.max(at, record.source.end);
        }
        outside.push(text.slice(at));
        expect(result.output.replace(/\s+/g, '')).toBe(outside.join('').replace(/\s+/g, ''));
      }),
      { numRuns },
    );
  });
});
