import { describe, expect, it } from 'vitest';
import {
  BOUNDARY_FEATURES,
  isNumbered,
  paragraphFeatures,
  type FeatureInput,
} from '../../../src/text/boundary-model/paragraph-features.js';

const base: Omit<FeatureInput, 'text' | 'start' | 'end'> = {
  length: 20,
  total: 60,
  gap: 1,
  baseGap: 1,
  handRule: false,
  bodyEmpty: false,
  bodyScript: 'latin',
  script: 'latin',
  aboveScript: 'latin',
  aboveEndsColon: false,
  firstAfterEmbed: false,
  bodyCutShort: false,
  bodyEndsSentence: true,
  leadInNear: false,
  embedNear: false,
  belowNumbered: false,
};

/** The named features of one paragraph (the whole of `text`). */
function features(text: string, extra: Partial<FeatureInput> = {}): Record<string, number> {
  const values = paragraphFeatures({ ...base, text, start: 0, end: text.length, ...extra });
  return Object.fromEntries(BOUNDARY_FEATURES.map((name, i) => [name, values[i] ?? Number.NaN]));
}

describe('paragraphFeatures', () => {
  it('gives one number per named feature', () => {
    expect(paragraphFeatures({ ...base, text: 'x', start: 0, end: 1 })).toHaveLength(BOUNDARY_FEATURES.length);
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

  it('tells the gap apart from the article’s usual one', () => {
    expect(features('Line', { gap: 0 })).toMatchObject({ gapNone: 1, gapUsual: 0, gapWide: 0 });
    expect(features('Line', { gap: 1 })).toMatchObject({ gapNone: 0, gapUsual: 1, gapWide: 0 });
    expect(features('Line', { gap: 3 })).toMatchObject({ gapNone: 0, gapUsual: 0, gapWide: 1 });
  });

  it('flags a paragraph in another script than the body', () => {
    expect(features('Министр сказал', { script: 'cyrillic', bodyScript: 'latin' }).scriptUnlikeBody).toBe(1);
    expect(features('The minister said', { script: 'latin', bodyScript: 'latin' }).scriptUnlikeBody).toBe(0);
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
