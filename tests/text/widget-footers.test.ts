import { describe, expect, it } from 'vitest';
import { findPhraseAnchors } from '../../src/text/phrase-anchors.js';
import { findWidgetFooters as findAt } from '../../src/text/widget-footers.js';

const findWidgetFooters = (text: string) => findAt(text, findPhraseAnchors(text));

describe('findWidgetFooters', () => {
  it('reads a Threads footer with its handle line, glued or on two lines', () => {
    for (const text of ['Post by @maya.lindView on Threads', 'Post by @maya.lind\nView on Threads\n']) {
      const [footer] = findWidgetFooters(text);
      expect(footer).toMatchObject({ markup: 'footer', handle: 'maya.lind', name: null, date: null, start: 0 });
      expect(footer?.platform.name).toBe('threads');
      expect(text.slice(footer?.start, footer?.end).endsWith('View on Threads')).toBe(true);
    }
  });

  it('reads a Mastodon footer, whose handle holds the instance', () => {
    const [footer] = findWidgetFooters('Intro.\n\nPost by @anna@mastodon.social\nView on Mastodon\n\nMore.');
    expect(footer).toMatchObject({ handle: 'anna@mastodon.social' });
    expect(footer?.platform.name).toBe('mastodon');
  });

  it('keeps a footer without its handle line, with a null handle', () => {
    expect(findWidgetFooters('Intro.\n\nView on Threads\n')).toMatchObject([{ handle: null }]);
  });

  it('drops a handle the platform does not accept, and never reads one across another footer', () => {
    expect(findWidgetFooters('Post by @not a handle\nView on Threads')).toMatchObject([{ handle: null }]);
    const [first, second] = findWidgetFooters('Post by @maya.lind\nView on Threads\nView on Threads\n');
    expect(first?.handle).toBe('maya.lind');
    expect(second?.handle).toBe(null);
  });

  it('ignores the phrase in a sentence, another platform name, or a longer word', () => {
    expect(findWidgetFooters('You can read it there. Or View on Mastodon.')).toEqual([]);
    expect(findWidgetFooters('View on Twitter\nView on Threadsville\n')).toEqual([]);
  });
});
