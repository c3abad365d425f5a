import { describe, expect, it } from 'vitest';
import { boundaryModel, handRulesModel, walkBody, type BodyTrace, type BoundaryModel } from '../../../src/text/boundary-model/index.js';
import { BOUNDARY_FEATURES } from '../../../src/text/boundary-model/paragraph-features.js';
import { readLines } from '../../../src/text/line-table.js';
import { scanSignatures } from '../../../src/text/signature-scanner.js';

const signature = '— Priya Vandermeer (@PVandermeerCllr) May 14, 2024';

function walk(text: string, model: BoundaryModel, handStart: number, traces?: Map<number, BodyTrace>) {
  const [found] = scanSignatures(text).signatures;
  if (found === undefined) throw new Error('no signature');
  const boundary = walkBody(text, readLines(text), found, 0, handStart, { model, traces });
  return { ...boundary, body: text.slice(boundary.start, found.start).trim() };
}

/** The named features of each paragraph above the signature, nearest first. */
function traced(text: string): Array<Record<string, number>> {
  const traces = new Map<number, BodyTrace>();
  walk(text, never, 0, traces);
  const [trace] = [...traces.values()];
  return (trace?.candidates ?? []).map((c) => Object.fromEntries(BOUNDARY_FEATURES.map((name, i) => [name, c.features[i] ?? Number.NaN])));
}

/** A model that takes every paragraph, or none. */
const always: BoundaryModel = { bias: 10, weights: BOUNDARY_FEATURES.map(() => 0) };
const never: BoundaryModel = { bias: -10, weights: BOUNDARY_FEATURES.map(() => 0) };

describe('walkBody', () => {
  const text = `An article paragraph.\n\nThe post, first line.\n\nIts second line.\n\n${signature}\n`;
  const second = text.indexOf('Its second');

  it('follows the rules’ start with the rules-only model, and is sure of it', () => {
    const result = walk(text, handRulesModel, second);
    expect(result.body).toBe('Its second line.');
    expect(result.confidence).toBeGreaterThan(0.95);
  });

  it('stops at the first paragraph the model rejects, never further up', () => {
    expect(walk(text, never, 0).body).toBe('');
    expect(walk(text, always, second).body).toBe(`An article paragraph.\n\nThe post, first line.\n\nIts second line.`);
  });

  it('never grows past a post’s length unless the rules take it there', () => {
    const long = `${'A long paragraph of the article. '.repeat(12)}\n\nThe post.\n\n${signature}\n`;
    expect(walk(long, always, long.indexOf('The post')).body).toBe('The post.');
  });

  it('reports a low confidence when the decision was close', () => {
    const unsure: BoundaryModel = { bias: 0.1, weights: BOUNDARY_FEATURES.map(() => 0) };
    expect(walk(text, unsure, second).confidence).toBeLessThan(0.6);
  });

  it('traces the paragraphs above, nearest first, past where the model stopped', () => {
    const traces = new Map<number, BodyTrace>();
    walk(text, never, second, traces);
    const [trace] = [...traces.values()];
    expect(trace?.candidates.map((c) => text.slice(c.start, c.start + 10))).toEqual(['Its second', 'The post, ', 'An article']);
  });

  it('tells the gap apart from the article’s usual one', () => {
    const gaps = traced(`A first.\n\nB second.\nC third.\n\n\n\nD fourth.\n\n${signature}\n`);
    expect(gaps.map((f) => [f.gapNone, f.gapUsual, f.gapWide])).toEqual([
      [0, 1, 0],
      [0, 0, 1],
      [1, 0, 0],
      [0, 1, 0],
    ]);
  });

  it('flags a paragraph in another script than the body', () => {
    const [first, second] = traced(`Министр сказал:\n\nThe post.\n\n${signature}\n`);
    expect([first?.scriptUnlikeBody, second?.scriptUnlikeBody]).toEqual([0, 1]);
    expect([first?.belowLeadIn, first?.bodyEmpty, second?.bodyEmpty]).toEqual([1, 1, 0]);
  });

  it('ships weights for every feature', () => {
    expect(boundaryModel.weights).toHaveLength(BOUNDARY_FEATURES.length);
  });
});
