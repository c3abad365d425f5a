/** src/convert/convert-options.ts on its own (split from the converter's parts test). */
import { describe, expect, it } from 'vitest';
import { convertArticle } from '../../src/convert/index.js';
import { resolveConvertOptions } from '../../src/convert/convert-options.js';
import { defaultParseLimits } from '../../src/extract/index.js';

describe('options', () => {
  it('applies defaults', () => {
    expect(resolveConvertOptions('x', { embeds: 'keep' })).toEqual({
      format: 'auto',
      embeds: 'keep',
      marker: null,
      output: 'same',
      limits: defaultParseLimits,
    });
    expect(resolveConvertOptions('x', { embeds: 'keep', maxLinks: 3 }).limits.maxLinks).toBe(3);
  });

  it.each([
    [42, { embeds: 'keep' }, /input must be a string, got number/],
    [null, { embeds: 'keep' }, /input must be a string, got null/],
    ['x', undefined, /options must be an object/],
    ['x', 'remove', /options must be an object/],
    ['x', {}, /options\.embeds must be 'remove', 'marker' or 'keep', got undefined/],
    ['x', { embeds: 'cut' }, /options\.embeds .* got "cut"/],
    ['x', { embeds: 'keep', format: 'xml' }, /options\.format must be 'auto', 'text', 'html' or 'markdown', got "xml"/],
    ['x', { embeds: 'keep', output: 'md' }, /options\.output must be 'same' or 'markdown', got "md"/],
    ['x', { embeds: 'marker', marker: 7 }, /options\.marker must be a string template or a function, got number/],
  ])('convertArticle(%j, %j) throws a TypeError', (input, options, message) => {
    expect(() => convertArticle(input as never, options as never)).toThrow(TypeError);
    expect(() => convertArticle(input as never, options as never)).toThrow(message);
  });
});
