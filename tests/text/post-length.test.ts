import { describe, expect, it } from 'vitest';
import { endLinks, MAX_POST_LENGTH, mayStartLink, startsLink, startsMediaLink, weightedLength } from '../../src/text/post-length.js';

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

  it('counts each link as `linkWeight` when asked (Twitter counts a t.co link 23)', () => {
    const text = 'Ferry back https://t.co/Ab12Cd34Ef now';
    expect(weightedLength(text, 0, text.length, Infinity, 23)).toBe('Ferry back  now'.length + 23);
  });

  it('counts the punctuation Twitter weighs 1 (dashes, curly quotes, primes) once', () => {
    const text = '“Mayor’s plan” – 5′';
    expect(weightedLength(text, 0, text.length)).toBe(text.length);
    expect(weightedLength('…', 0, 1)).toBe(2);
  });

  it('counts an emoji sequence 2 in all: a flag, a skin tone, a variation selector, joined emoji, a keycap', () => {
    for (const emoji of ['🇬🇷', '👍🏽', '✈️', '👩‍🚒', '👨‍👩‍👧', '1️⃣']) expect(weightedLength(emoji, 0, emoji.length), emoji).toBe(2);
    // Two flags in a row are two emoji.
    expect(weightedLength('🇺🇸🇬🇷', 0, 8)).toBe(4);
  });

  it('leaves room above Twitter’s 280 for counting differences', () => {
    expect(MAX_POST_LENGTH).toBeGreaterThan(280);
  });
});

describe('endLinks', () => {
  it('finds the links a range ends with, and where the text before them ends', () => {
    const text = 'Ferry runs https://t.co/Ab12 pic.twitter.com/Xy98  ';
    expect(endLinks(text, 0, text.length)).toEqual({ before: 10, count: 2 });
  });

  it('stops at the first word that is not a link', () => {
    const text = 'See https://t.co/Ab12 for more';
    expect(endLinks(text, 0, text.length)).toEqual({ before: text.length, count: 0 });
    expect(endLinks('https://t.co/Ab12', 0, 17)).toEqual({ before: 0, count: 1 });
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
