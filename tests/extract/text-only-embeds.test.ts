import { describe, expect, it } from 'vitest';
import { extractEmbedsWithDiagnostics } from '../../src/index.js';
import { extractTextOnly, extractTextOnlyWithDiagnostics } from '../../src/extract/index.js';

// Invented articles: a signed tweet, an Instagram shared-by line, a html-to-text quote, a long one.
const signed =
  'The minister spoke briefly.\n\nFerries resume at dawn after the storm. pic.twitter.com/Qw3rTy7Uio — Harbour Authority (@harbourauth) March 3, 2025\n\nMore to follow.';
const sharedBy =
  'Earlier the singer posted a photo.\n\nBack in the studio today 🎶\n\nA post shared by Lena Marsh (@lenamarsh) on Jan 9, 2025 at 4:12pm PST\n\nHer album is due in May.';
const quoted =
  'Readers reacted quickly.\n\n> Ferries resume at dawn. pic.twitter.com/Qw3rTy7Uio\n>\n> — Harbour Authority (@harbourauth) March 3, 2025\n\nThe port reopened.';

describe('extractTextOnly (the embedsift/text entry)', () => {
  it.each([
    ['a signed tweet', signed],
    ['a shared-by line', sharedBy],
    ['a html-to-text quote', quoted],
  ])('gives what the main entry gives with format text: %s', (_, text) => {
    const main = extractEmbedsWithDiagnostics(text, { format: 'text' });
    const light = extractTextOnlyWithDiagnostics(text);
    expect(main.embeds.length).toBeGreaterThan(0);
    expect(light).toEqual(main);
    expect(extractTextOnly(text, { format: 'text', maxRecords: 5 })).toEqual(main.embeds);
  });

  it('applies the same limits, with the same warnings', () => {
    const long = `${signed}\n\n${'More prose follows here. '.repeat(40)}`;
    const options = { maxInputLength: signed.length + 10, maxTextLength: 12 } as const;
    const light = extractTextOnlyWithDiagnostics(long, options);
    expect(light).toEqual(extractEmbedsWithDiagnostics(long, { ...options, format: 'text' }));
    expect(light.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['truncated', 'truncated']);
  });

  it('reads text only: HTML stays text, other formats and bytes are programming errors', () => {
    const html =
      '<blockquote class="twitter-tweet"><p>Hi</p>&mdash; Jo (@jo) <a href="https://twitter.com/jo/status/1">May 1, 2024</a></blockquote>';
    expect(extractTextOnlyWithDiagnostics(html).format).toBe('text');
    expect(() => extractTextOnly(html, { format: 'html' as 'text' })).toThrow(/only format 'text'.*use the main entry/);
    expect(() => extractTextOnly(new TextEncoder().encode(signed) as unknown as string)).toThrow(/decodeDocument/);
    expect(() => extractTextOnly(signed, { fromat: 'text' } as never)).toThrow(/did you mean "format"/);
    expect(() => extractTextOnly(signed, { maxRecords: -1 })).toThrow(TypeError);
  });
});
