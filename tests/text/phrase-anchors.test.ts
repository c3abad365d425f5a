import { describe, expect, it } from 'vitest';
import { AnchorKind, findPhraseAnchors } from '../../src/text/phrase-anchors.js';

describe('findPhraseAnchors', () => {
  it('finds every platform phrase in order, with its kind, platform and span', () => {
    const text = 'Nice.Posted by Ann on Monday, May 6, 2024\nPost by @ann\nView on Threads\nPublicado por Ana\nView on Mastodon';
    expect(findPhraseAnchors(text).map(({ kind, platform, start, end }) => [kind, platform.name, text.slice(start, end)])).toEqual([
      [AnchorKind.PostedBy, 'facebook', 'Posted by'],
      [AnchorKind.Footer, 'threads', 'View on Threads'],
      [AnchorKind.PostedBy, 'facebook', 'Publicado por'],
      [AnchorKind.Footer, 'mastodon', 'View on Mastodon'],
    ]);
  });

  it('is case-sensitive, as the widgets write their phrases', () => {
    expect(findPhraseAnchors('it was posted by Ann, view on threads')).toEqual([]);
  });

  it("keeps a footer phrase only where the platform's name ends: text end, whitespace or punctuation", () => {
    const spans = (text: string) => findPhraseAnchors(text).map(({ start, end }) => [start, end]);
    expect(spans('View on ThreadsView on Threads')).toEqual([[15, 30]]);
    expect(spans('View on Threadsville, View on Threads.')).toEqual([[22, 37]]);
    expect(spans('View on Threads\u0085View on Mastodon)')).toEqual([
      [0, 15],
      [16, 32],
    ]);
    // A posted-by phrase is kept wherever it stands: its reader checks what follows.
    expect(findPhraseAnchors('Posted byX')).toHaveLength(1);
  });

  it('finds nothing in text without the phrases, and can be called again', () => {
    expect(findPhraseAnchors('An ordinary article paragraph.')).toEqual([]);
    expect(findPhraseAnchors('View on Threads')).toHaveLength(1);
    expect(findPhraseAnchors('View on Threads')).toHaveLength(1);
  });
});
