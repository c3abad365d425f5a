import { describe, expect, it } from 'vitest';
import { MAX_POST_LENGTH, mayStartLink, startsLink, startsMediaLink, weightedLength } from '../../src/text/post-length.js';

describe('weightedLength', () => {
  it('does not count links', () => {
    const text = 'Ferry back on time https://t.co/Ab12Cd34Ef pic.twitter.com/Xy98Zw76Vu';
    expect(weightedLength(text, 0, text.length)).toBe('Ferry back on time  '.length);
  });

  it('counts wide characters twice', () => {
    expect(weightedLength('東京駅', 0, 3)).toBe(6);
    expect(weightedLength('Tokyo', 0, 5)).toBe(5);
  });

  it('counts an astral character once per code point pair, not per unit', () => {
    // U+1F30A (wave) is two UTF-16 units; only the high surrogate is counted (as wide).
    expect(weightedLength('🌊', 0, 2)).toBe(2);
  });

  it('stops counting once past a limit, and counts exactly up to it', () => {
    expect(weightedLength('A long paragraph', 0, 16, 5)).toBe(6);
    expect(weightedLength('A long paragraph', 0, 16, 100)).toBe(16);
    expect(weightedLength(`${'word '.repeat(100_000)}`, 0, 500_000, 320)).toBe(321);
  });

  it('measures only the range asked for', () => {
    expect(weightedLength('abc def', 4, 7)).toBe(3);
  });

  it('leaves room above Twitter’s 280 for counting differences', () => {
    expect(MAX_POST_LENGTH).toBeGreaterThan(280);
  });
});

describe('mayStartLink', () => {
  it('lets through every place a link starts, and only ht… and pi…', () => {
    const text = 'see https://a.example and pic.x.com/Ab12 then hope, pie';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (startsLink(text, i)) expect(mayStartLink(text, i, code), String(i)).toBe(true);
      expect(mayStartLink(text, i, code)).toBe(text.startsWith('ht', i) || text.startsWith('pi', i));
    }
  });
});

describe('startsLink and startsMediaLink', () => {
  it('recognise links by scheme and media links by host', () => {
    expect(startsLink('see https://a.example/x', 4)).toBe(true);
    expect(startsLink('see http://a.example/x', 4)).toBe(true);
    expect(startsLink('see httpx://a.example/x', 4)).toBe(false);
    expect(startsLink('pic.x.com/Ab12', 0)).toBe(true);
    expect(startsMediaLink('pic.twitter.com/Ab12', 0)).toBe(true);
    expect(startsMediaLink('pic.twitter.community', 0)).toBe(false);
    expect(startsMediaLink('epic.twitter.com/Ab12', 0)).toBe(false);
  });
});
