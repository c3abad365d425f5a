import { describe, expect, it } from 'vitest';
import { embedRecordSchema, extractEmbeds, extractEmbedsWithDiagnostics } from '../../src/index.js';

const text = 'Met with @IsraeliPM Netanyahu in Jerusalem. pic.twitter.com/EQsKUijoL0 — Secretary Antony Blinken (@SecBlinken) February 7, 2024';

describe('extractEmbeds', () => {
  it('returns schema-valid records for text', () => {
    const records = extractEmbeds(text);
    expect(records).toHaveLength(1);
    expect(embedRecordSchema.parse(records[0])).toEqual(records[0]);
    expect(records[0]?.mentions).toEqual(['IsraeliPM']);
  });

  it('reads HTML through its flattened text until the markup extractor lands, with offsets into the HTML', () => {
    const html = `<article><p>Intro.</p><blockquote class="twitter-tweet"><p lang="en">Met with <a href="https://twitter.com/IsraeliPM">@IsraeliPM</a> Netanyahu. <a href="https://t.co/EQsKUijoL0">pic.twitter.com/EQsKUijoL0</a></p>&mdash; Secretary Antony Blinken (@SecBlinken) <a href="https://twitter.com/SecBlinken/status/1755259323123712345">February 7, 2024</a></blockquote></article>`;
    const { embeds, format } = extractEmbedsWithDiagnostics(html);
    expect(format).toBe('html');
    expect(embeds).toHaveLength(1);
    const [embed] = embeds;
    expect(embed?.source.format).toBe('html');
    expect(html.slice(embed?.source.start, embed?.source.end)).toMatch(/^Met with <a[^]*February 7, 2024$/);
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
