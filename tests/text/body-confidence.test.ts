import { describe, expect, it } from 'vitest';
import { bodyCertainty } from '../../src/text/body-confidence.js';
import { extractTextEmbeds } from '../../src/text/text-embeds.js';
import { scanSignatures } from '../../src/text/signature-scanner.js';

const text = 'An article paragraph.\n\nThe post itself.\n\n— Priya Vandermeer (@PVandermeerCllr) May 14, 2024\n';
const [signature] = scanSignatures(text).signatures;

describe('bodyCertainty', () => {
  it('is sure of a start every decision was sure of', () => {
    const start = text.indexOf('The post');
    expect(bodyCertainty(signature!, { start, confidence: 0.934, sureStart: start }, start)).toEqual({
      confidence: 0.93,
      diagnostic: null,
    });
  });

  it('marks the paragraphs taken without certainty with an uncertain-body diagnostic', () => {
    const { confidence, diagnostic } = bodyCertainty(signature!, { start: 0, confidence: 0.58, sureStart: text.indexOf('The post') }, 0);
    expect(confidence).toBe(0.58);
    expect(diagnostic).toMatchObject({ code: 'uncertain-body', severity: 'info', start: 0, end: text.indexOf('The post') });
  });

  it('counts a start moved from where the walk put it as delimited', () => {
    expect(bodyCertainty(signature!, { start: 0, confidence: 0.58, sureStart: 30 }, 23)).toEqual({ confidence: 1, diagnostic: null });
  });
});

describe('source.bodyConfidence (through extractTextEmbeds)', () => {
  it('is on every text record, between 0 and 1, and 1 when the body shares its line with the previous embed', () => {
    const two = 'First post pic.twitter.com/Rk2mQ8vX1a — Ana Lowry (@analowry) May 1, 2024 Second post — Ben Ode (@benode) May 2, 2024';
    const { embeds } = extractTextEmbeds(two);
    expect(embeds.map((e) => e.text)).toEqual(['First post pic.twitter.com/Rk2mQ8vX1a', 'Second post']);
    expect(embeds[1]?.source.bodyConfidence).toBe(1);
    const [only] = extractTextEmbeds(text).embeds;
    expect(only?.source.bodyConfidence).toBeGreaterThan(0);
    expect(only?.source.bodyConfidence).toBeLessThanOrEqual(1);
  });
});
