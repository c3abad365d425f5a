import { describe, expect, it } from 'vitest';
import { convertArticle, extractEmbeds, extractEmbedsWithDiagnostics, extractEntities } from '../../src/index.js';
import { convertOptionKeys } from '../../src/convert/convert-options.js';
import { extractOptionKeys, parseLimitKeys } from '../../src/extract/index.js';
import { checkOptionKeys, nearestKey } from '../../src/kit/index.js';

const article = 'Park opens. pic.twitter.com/Hq7ZnW3pLd — Helen Marsh (@MayorMarsh) March 19, 2024';

describe('checkOptionKeys', () => {
  it('names the unknown key and the nearest valid one', () => {
    expect(() => checkOptionKeys({ fromat: 'html' }, ['format', 'maxRecords'], 'extractEmbeds')).toThrow(
      new TypeError('extractEmbeds: unknown option "fromat" (did you mean "format"?)'),
    );
  });

  it('lists the valid keys when none is near', () => {
    expect(() => checkOptionKeys({ colour: 1 }, ['format', 'embeds'], 'f')).toThrow(
      'f: unknown option "colour"; valid options are "format", "embeds"',
    );
  });

  it('accepts known keys, an empty object and a non-object (left to the caller)', () => {
    expect(() => checkOptionKeys({ format: 'html' }, ['format'], 'f')).not.toThrow();
    expect(() => checkOptionKeys({}, ['format'], 'f')).not.toThrow();
    expect(() => checkOptionKeys(undefined, ['format'], 'f')).not.toThrow();
  });

  it('finds the nearest key by edit distance, case and transpositions included', () => {
    expect(nearestKey('maxRecord', ['maxRecords', 'maxLinks'])).toBe('maxRecords');
    expect(nearestKey('maxlinks', ['maxRecords', 'maxLinks'])).toBe('maxLinks');
    expect(nearestKey('mraker', ['marker', 'embeds'])).toBe('marker');
    expect(nearestKey('timeout', ['format', 'embeds'])).toBeNull();
  });
});

describe.each([
  ['extractEmbeds', (options: object) => extractEmbeds(article, options as never)],
  ['extractEmbedsWithDiagnostics', (options: object) => extractEmbedsWithDiagnostics(article, options as never)],
])('%s', (name, call) => {
  it('throws a TypeError naming an unknown key and the nearest valid one', () => {
    expect(() => call({ fromat: 'html' })).toThrow(new TypeError(`${name}: unknown option "fromat" (did you mean "format"?)`));
    expect(() => call({ maxRecord: 5 })).toThrow(/unknown option "maxRecord" \(did you mean "maxRecords"\?\)/);
  });

  it('accepts every documented option', () => {
    expect(extractOptionKeys).toEqual(['format', 'baseUrl', 'encoding', ...parseLimitKeys]);
    for (const key of extractOptionKeys) expect(() => call({ [key]: undefined }), key).not.toThrow();
    expect(() =>
      call({
        format: 'text',
        baseUrl: 'https://news.example/',
        encoding: 'utf-8',
        maxInputLength: 1000,
        maxRecords: 5,
        maxLinks: 5,
        maxTextLength: 500,
      }),
    ).not.toThrow();
  });
});

describe('convertArticle', () => {
  it('throws a TypeError naming an unknown key and the nearest valid one', () => {
    expect(() => convertArticle(article, { embeds: 'remove', outptu: 'markdown' } as never)).toThrow(
      new TypeError('convertArticle: unknown option "outptu" (did you mean "output"?)'),
    );
  });

  it('accepts every documented option', () => {
    expect([...convertOptionKeys].sort()).toEqual(
      ['embeds', 'format', 'marker', 'output', 'baseUrl', 'encoding', ...parseLimitKeys].sort(),
    );
    const options = {
      format: 'text',
      embeds: 'marker',
      marker: '[{id}]',
      output: 'same',
      baseUrl: 'https://news.example/',
      encoding: 'utf-8',
      maxInputLength: 1000,
      maxRecords: 5,
      maxLinks: 5,
      maxTextLength: 500,
    } as const;
    expect(Object.keys(options).sort()).toEqual([...convertOptionKeys].sort());
    expect(convertArticle(article, options).embeds).toHaveLength(1);
  });
});

describe('extractEntities', () => {
  it('throws a TypeError naming an unknown key and the nearest valid one', () => {
    expect(() => extractEntities('#tag', { gluedUrl: true } as never)).toThrow(
      new TypeError('extractEntities: unknown option "gluedUrl" (did you mean "gluedUrls"?)'),
    );
  });

  it('accepts its documented option', () => {
    expect(extractEntities('a https://t.co/abc', { gluedUrls: true }).urls).toHaveLength(1);
  });
});
