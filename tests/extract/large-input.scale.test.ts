/**
 * Inputs large enough that spreading one of the extractor's arrays into call arguments
 * (`signatures.splice(0, n, ...merged)`, `embeds.push(...additions)`) threw
 * `RangeError: Maximum call stack size exceeded`: 150,000 status-URL lines alternating with
 * signatures (8 MB of text), and 200,000 HTML paragraphs ending in a text signature (6 MB).
 * `maxRecords: Infinity` keeps every record, so the arrays stay data-sized all the way through.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { convertArticle, extractEmbeds, extractEmbedsWithDiagnostics } from '../../src/index.js';

const STATUS_LINES = 150_000;
const PARAGRAPHS = 200_000;
/** Each signature takes the status line after it; the first status line stands alone. */
const TEXT_RECORDS = STATUS_LINES + 1;
const unbounded = { maxRecords: Infinity };

let text = '';
let html = '';

beforeAll(() => {
  const lines: string[] = [];
  for (let i = 0; i < STATUS_LINES; i++) {
    lines.push(`https://x.com/harbourwatch/status/${1_700_000_000_000_000_000 + i}`, '— Harbour Watch (@harbourwatch) May 1, 2024');
  }
  text = lines.join('\n');
  const paragraphs: string[] = [];
  for (let i = 0; i < PARAGRAPHS; i++) paragraphs.push(`<p>Tide ${i} — Ann Lee (@annlee) May 1, 2024</p>`);
  html = `<html><body>${paragraphs.join('')}</body></html>`;
});

describe('extraction of inputs with hundreds of thousands of posts', { timeout: 180_000 }, () => {
  it('extractEmbeds reads every status line of 8 MB of text', () => {
    expect(extractEmbeds(text, { format: 'text', ...unbounded })).toHaveLength(TEXT_RECORDS);
  });

  it('extractEmbeds reads every flattened post of 6 MB of HTML', () => {
    expect(extractEmbeds(html, { format: 'html', ...unbounded })).toHaveLength(PARAGRAPHS);
  });

  it('extractEmbedsWithDiagnostics reads both', () => {
    expect(extractEmbedsWithDiagnostics(text, unbounded).embeds).toHaveLength(TEXT_RECORDS);
    expect(extractEmbedsWithDiagnostics(html, unbounded).embeds).toHaveLength(PARAGRAPHS);
  });

  it('convertArticle removes every post of both', () => {
    const fromText = convertArticle(text, { embeds: 'remove', format: 'text', ...unbounded });
    expect(fromText.embeds).toHaveLength(TEXT_RECORDS);
    expect(fromText.output).not.toContain('status/');
    const fromHtml = convertArticle(html, { embeds: 'marker', format: 'html', ...unbounded });
    expect(fromHtml.placements).toHaveLength(PARAGRAPHS);
  });

  it('keeps only the first maxRecords by default, and says so', () => {
    const { embeds, diagnostics } = extractEmbedsWithDiagnostics(text);
    expect(embeds).toHaveLength(1000);
    const cut = diagnostics.find((diagnostic) => diagnostic.code === 'truncated');
    expect(cut?.start).toBeGreaterThanOrEqual(embeds[999]?.source.end ?? Infinity);
    expect(cut?.end).toBe(text.length);
  });
});
