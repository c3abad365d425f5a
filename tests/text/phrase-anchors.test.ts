import { describe, expect, it } from 'vitest';
import { findPhraseAnchors } from '../../src/text/phrase-anchors.js';

describe('findPhraseAnchors', () => {
  it('finds every platform phrase in order, with its kind, platform and span', () => {
    const text = 'Nice.Posted by Ann on Monday, May 6, 2024\nPost by @ann\nView on Threads\nPublicado por Ana\nView on Mastodon';
    expect(findPhraseAnchors(text).map(({ kind, platform, start, end }) => [kind, platform.name, text.slice(start, end)])).toEqual([
      ['posted-by', 'facebook', 'Posted by'],
      ['footer', 'threads', 'View on Threads'],
      ['posted-by', 'facebook', 'Publicado por'],
      ['footer', 'mastodon', 'View on Mastodon'],
    ]);
  });

  it('is case-sensitive, as the widgets write their phrases', () => {
    expect(findPhraseAnchors('it was posted by Ann, view on threads')).toEqual([]);
  });

  it('finds nothing in text without the phrases, and can be called again', () => {
    expect(findPhraseAnchors('An ordinary article paragraph.')).toEqual([]);
    expect(findPhraseAnchors('View on Threads')).toHaveLength(1);
    expect(findPhraseAnchors('View on Threads')).toHaveLength(1);
  });
});
