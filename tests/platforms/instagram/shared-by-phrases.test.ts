import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../../src/index.js';
import { instagram, instagramSharedByPhrases, instagramWidgetPhrases } from '../../../src/platforms/instagram/index.js';

describe('instagramSharedByPhrases and instagramWidgetPhrases', () => {
  it('are lowercase, trimmed and listed once, and are the platform text forms', () => {
    for (const list of [instagramSharedByPhrases, instagramWidgetPhrases]) {
      expect(new Set(list).size).toBe(list.length);
      for (const phrase of list) expect(phrase).toBe(phrase.toLowerCase().trim());
    }
    expect(instagram.text.sharedByPhrases).toBe(instagramSharedByPhrases);
    expect(instagram.text.widgetPhrases).toBe(instagramWidgetPhrases);
  });

  it('lets the text reader find an attribution in another language', () => {
    const text = [
      'Die Fähre fährt wieder.',
      '',
      'Diesen Beitrag auf Instagram ansehen',
      '',
      'Erste Fähre der Saison verlässt den Hafen',
      '',
      'Ein Beitrag geteilt von Lena Park (@lena.park)',
      '',
      'Der Hafen bleibt bis Montag geöffnet.',
    ].join('\n');
    const records = extractEmbeds(text, { format: 'text' });
    expect(records.map((record) => [record.platform, record.author.handle])).toEqual([['instagram', 'lena.park']]);
  });
});
