import { describe, expect, it } from 'vitest';
import { extractEmbeds, extractEmbedsWithDiagnostics } from '../../src/index.js';
import { embedRecordSchema } from '../../src/schema/index.js';

const text =
  'Met with @IsraeliPM Netanyahu in Jerusalem. pic.twitter.com/EQsKUijoL0 — Secretary Antony Blinken (@SecBlinken) February 7, 2024';

describe('extractEmbeds', () => {
  it('returns schema-valid records for text', () => {
    const records = extractEmbeds(text);
    expect(records).toHaveLength(1);
    expect(embedRecordSchema.parse(records[0])).toEqual(records[0]);
    expect(records[0]?.mentions).toEqual(['IsraeliPM']);
  });

  it('reads HTML embed markup, with offsets of the whole embed element', () => {
    const html = `<article><p>Intro.</p><blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Met with <a href="https://twitter.com/IsraeliPM?ref_src=twsrc%5Etfw">@IsraeliPM</a> Netanyahu. <a href="https://t.co/EQsKUijoL0">pic.twitter.com/EQsKUijoL0</a></p>&mdash; Secretary Antony Blinken (@SecBlinken) <a href="https://twitter.com/SecBlinken/status/1755259323123712345?ref_src=twsrc%5Etfw">February 7, 2024</a></blockquote></article>`;
    const { embeds, format } = extractEmbedsWithDiagnostics(html);
    expect(format).toBe('html');
    expect(embeds).toHaveLength(1);
    const [embed] = embeds;
    expect(embed).toMatchObject({
      id: '1755259323123712345',
      url: 'https://twitter.com/SecBlinken/status/1755259323123712345',
      author: { name: 'Secretary Antony Blinken', handle: 'SecBlinken' },
      text: 'Met with @IsraeliPM Netanyahu. pic.twitter.com/EQsKUijoL0',
      lang: 'en',
      dateText: 'February 7, 2024',
      mentions: ['IsraeliPM'],
      source: { format: 'html', markup: 'blockquote' },
    });
    expect(embed?.publishedAt?.slice(0, 10)).toBe('2024-02-07');
    expect(html.slice(embed?.source.start, embed?.source.end)).toMatch(/^<blockquote[\s\S]*<\/blockquote>$/);
  });

  it('honours an explicit format', () => {
    expect(extractEmbedsWithDiagnostics('<p>x</p>', { format: 'text' }).format).toBe('text');
    expect(extractEmbedsWithDiagnostics(text, { format: 'html' }).format).toBe('html');
  });

  it('throws a TypeError for programming errors only', () => {
    expect(() => extractEmbeds(42 as unknown as string)).toThrow(/input must be a string, got number/);
    expect(() => extractEmbeds(undefined as unknown as string)).toThrow(TypeError);
    expect(() => extractEmbeds('x', { format: 'pdf' as 'text' })).toThrow(/options\.format/);
    expect(extractEmbeds('')).toEqual([]);
  });
});
