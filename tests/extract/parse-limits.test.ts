import { describe, expect, it } from 'vitest';
import { convertArticle, defaultParseLimits, extractEmbeds, extractEmbedsWithDiagnostics } from '../../src/index.js';
import type { Diagnostic } from '../../src/index.js';

const post = (n: number): string => `Ferry ${n} leaves at noon pic.twitter.com/ferry${n} — Port Desk (@portdesk) May ${(n % 28) + 1}, 2024`;
const article = (posts: number): string =>
  Array.from({ length: posts }, (_, n) => `Paragraph ${n} of the report.\n\n${post(n)}`).join('\n\n');
const tweet = (n: number, body: string): string =>
  `<blockquote class="twitter-tweet"><p lang="en">${body}</p>&mdash; Port Desk (@portdesk) <a href="https://twitter.com/portdesk/status/${1_790_000_000_000_000_000 + n}">May 1, 2024</a></blockquote>`;
const truncations = (diagnostics: Diagnostic[]): Diagnostic[] => diagnostics.filter((diagnostic) => diagnostic.code === 'truncated');

describe('parse limits', () => {
  it('has documented defaults', () => {
    expect(defaultParseLimits).toEqual({ maxInputLength: 16 * 1024 * 1024, maxRecords: 1000, maxLinks: 100, maxTextLength: 100_000 });
  });

  it('keeps the first maxRecords of a text article and says where the rest began', () => {
    const input = article(12);
    const all = extractEmbeds(input);
    expect(all).toHaveLength(12);
    const { embeds, diagnostics } = extractEmbedsWithDiagnostics(input, { maxRecords: 5 });
    expect(embeds).toEqual(all.slice(0, 5));
    const [cut] = truncations(diagnostics);
    expect(cut?.message).toMatch(/more than 5 records \(maxRecords\)/);
    expect(cut?.start).toBe(all[5]?.source.start);
    expect(cut?.end).toBe(input.length);
    expect(extractEmbeds(input, { maxRecords: 0 })).toEqual([]);
  });

  it('drops the diagnostics of the records it drops', () => {
    const input = Array.from(
      { length: 6 },
      (_, n) => `Ferry ${n} pic.twitter.com/f${n} — Port Desk (@portdesk) Smarch ${n + 40}, 2024`,
    ).join('\n\n');
    expect(extractEmbedsWithDiagnostics(input).diagnostics.map((diagnostic) => diagnostic.code)).toEqual(Array(6).fill('unknown-date'));
    const { diagnostics } = extractEmbedsWithDiagnostics(input, { maxRecords: 2 });
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['unknown-date', 'unknown-date', 'truncated']);
  });

  it('keeps the first maxRecords of an HTML article, markup and flattened posts alike', () => {
    const input = `<article>${[0, 1, 2].map((n) => tweet(n, `Harbour update ${n}`)).join('<p>Then:</p>')}<p>${post(9)}</p></article>`;
    const all = extractEmbeds(input);
    expect(all).toHaveLength(4);
    const { embeds, diagnostics } = extractEmbedsWithDiagnostics(input, { maxRecords: 2 });
    expect(embeds).toEqual(all.slice(0, 2));
    expect(truncations(diagnostics)[0]?.start).toBe(all[2]?.source.start);
    const flattenedCut = extractEmbedsWithDiagnostics(`<p>${post(1)}</p><p>${post(2)}</p>${tweet(3, 'Late')}`, { maxRecords: 1 });
    expect(flattenedCut.embeds.map((embed) => embed.source.markup)).toEqual(['flattened-signature']);
    expect(truncations(flattenedCut.diagnostics)).toHaveLength(1);
  });

  it('keeps the first maxLinks of a record', () => {
    const input = `Schedules: ferry.example.com/a ferry.example.com/b ferry.example.com/c ferry.example.com/d — Port Desk (@portdesk) May 1, 2024`;
    expect(extractEmbeds(input)[0]?.links).toHaveLength(4);
    const { embeds, diagnostics } = extractEmbedsWithDiagnostics(input, { maxLinks: 2 });
    expect(embeds[0]?.links.map((link) => link.text)).toEqual(['ferry.example.com/a', 'ferry.example.com/b']);
    expect(truncations(diagnostics)[0]?.message).toMatch(/holds 4 links; only its first 2 \(maxLinks\)/);
    const html = extractEmbedsWithDiagnostics(tweet(1, '<a href="https://a.example/1">one</a> <a href="https://a.example/2">two</a>'), {
      maxLinks: 1,
    });
    expect(html.embeds[0]?.links.map((link) => link.url)).toEqual(['https://a.example/1']);
    expect(truncations(html.diagnostics)).toHaveLength(1);
  });

  it('cuts a record text at maxTextLength and reads links only from what is kept', () => {
    const body = `${'word '.repeat(40)}ferry.example.com/late`;
    const input = `${body} — Port Desk (@portdesk) May 1, 2024`;
    const { embeds, diagnostics } = extractEmbedsWithDiagnostics(input, { maxTextLength: 100 });
    expect(embeds[0]?.text).toBe('word '.repeat(20));
    expect(embeds[0]?.links).toEqual([]);
    expect(truncations(diagnostics)[0]?.message).toMatch(/longer than 100 characters \(maxTextLength\)/);
    expect(extractEmbeds(input)[0]?.links).toHaveLength(1);
    const html = extractEmbedsWithDiagnostics(tweet(1, 'x'.repeat(500)), { maxTextLength: 10 });
    expect(html.embeds[0]?.text).toBe('x'.repeat(10));
    expect(truncations(html.diagnostics)).toHaveLength(1);
  });

  it('never splits a surrogate pair when it cuts', () => {
    const input = `${'😀'.repeat(30)} — Port Desk (@portdesk) May 1, 2024`;
    expect(extractEmbeds(input, { maxTextLength: 5 })[0]?.text).toBe('😀😀');
    const { diagnostics } = extractEmbedsWithDiagnostics(`ab😀cd`, { maxInputLength: 3 });
    expect(truncations(diagnostics)[0]).toMatchObject({ start: 2, end: 6 });
  });

  it('searches only the first maxInputLength characters; convertArticle keeps the rest unchanged', () => {
    const input = article(4);
    const all = extractEmbeds(input);
    const limit = (all[2]?.source.end ?? 0) + 5;
    const { embeds, diagnostics } = extractEmbedsWithDiagnostics(input, { maxInputLength: limit });
    expect(embeds).toEqual(all.slice(0, 3));
    expect(diagnostics.at(-1)).toMatchObject({ code: 'truncated', start: limit, end: input.length });
    const converted = convertArticle(input, { embeds: 'remove', maxInputLength: limit });
    expect(converted.embeds).toHaveLength(3);
    expect(converted.output.endsWith(input.slice(limit))).toBe(true);
  });

  it('throws a TypeError that names a bad limit', () => {
    for (const bad of [-1, 1.5, Number.NaN, '10', null]) {
      expect(() => extractEmbeds('x', { maxRecords: bad as number })).toThrow(/extractEmbeds: options\.maxRecords must be a whole number/);
      expect(() => extractEmbedsWithDiagnostics('x', { maxLinks: bad as number })).toThrow(TypeError);
      expect(() => convertArticle('x', { embeds: 'remove', maxTextLength: bad as number })).toThrow(
        /convertArticle: options\.maxTextLength/,
      );
    }
    expect(() => extractEmbeds('x', { maxInputLength: Infinity, maxRecords: 0 })).not.toThrow();
  });
});
