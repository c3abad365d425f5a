import { describe, expect, it } from 'vitest';
import { BOUNDARY_FEATURES, Feature, isNumbered, paragraphFeatures } from '../../../src/text/boundary-model/paragraph-features.js';

/** The named features of one paragraph (the whole of `text`), as the walk's paragraph reading gives them. */
function features(text: string): Record<string, number> {
  const values = paragraphFeatures(text, 0, text.length, text.length);
  return Object.fromEntries(BOUNDARY_FEATURES.map((name, i) => [name, values[i] ?? Number.NaN]));
}

describe('paragraphFeatures', () => {
  it('gives one number per named feature', () => {
    expect(paragraphFeatures('x', 0, 1, 1)).toHaveLength(BOUNDARY_FEATURES.length);
  });

  it('numbers its slots in the order of the names', () => {
    expect(BOUNDARY_FEATURES[Feature.HandRule]).toBe('handRule');
    expect(BOUNDARY_FEATURES[Feature.Length]).toBe('length');
    expect(BOUNDARY_FEATURES[Feature.ScriptUnlikeBody]).toBe('scriptUnlikeBody');
    expect(BOUNDARY_FEATURES[Feature.BelowNumbered]).toBe('belowNumbered');
    expect(Feature.BelowNumbered).toBe(BOUNDARY_FEATURES.length - 1);
  });

  it('leaves the features that stand the paragraph against its neighbours to the walk', () => {
    expect(features('Line')).toMatchObject({ handRule: 0, gapNone: 0, gapUsual: 0, scriptUnlikeBody: 0, belowNumbered: 0 });
  });

  it('reads a heading in capitals as capitals without closing punctuation', () => {
    const f = features('SECTION TITLE IN CAPITALS');
    expect(f).toMatchObject({ allCaps: 1, endsBare: 1, endsFullStop: 0, short: 1 });
    expect(f.capitals).toBeCloseTo(1);
  });

  it('reads a post line: emoji, a hashtag, a mention and a link', () => {
    const f = features('Sunrise over the harbour 🌅🌊 #dawn with @harbourcam pic.twitter.com/Qx81Lm');
    expect(f).toMatchObject({ emoji: 2 / 3, hashtag: 1, mention: 1, link: 1, allCaps: 0 });
  });

  it('reads a lead-in, a numbered heading, a quote and a continued sentence', () => {
    expect(features('Here is what the mayor wrote:').endsColon).toBe(1);
    expect(features('#4: The reply').numbered).toBe(1);
    expect(features('„Warum nicht?“ fragte sie.').opensQuote).toBe(1);
    expect(features('and then the bridge closed.').opensLower).toBe(1);
    expect(features('• first item').opensBullet).toBe(1);
  });

  it('reads only the first few hundred characters of a long paragraph', () => {
    const long = `${'word '.repeat(100)}${'#tag '.repeat(1000)}`;
    expect(features(long).hashtag).toBe(0);
  });
});

describe('isNumbered', () => {
  it('knows numbered items and list headings', () => {
    for (const item of ['2) Explain', '3. The reply', '#5: A picture', '3.Roll']) expect(isNumbered(item, 0, item.length), item).toBe(true);
    expect(isNumbered('2024 was a year', 0, 15)).toBe(false);
  });
});
