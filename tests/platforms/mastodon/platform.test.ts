import { describe, expect, it } from 'vitest';
import { platformNamed } from '../../../src/platforms/index.js';

describe('mastodon', () => {
  const mastodon = platformNamed('mastodon');
  it('reads a status URL on any instance and builds user@instance handles', () => {
    expect(mastodon.parsePermalink('https://mastodon.social/@Gargron/113456789012345678')).toEqual({
      id: '113456789012345678',
      url: 'https://mastodon.social/@Gargron/113456789012345678',
      handle: 'Gargron@mastodon.social',
    });
    expect(mastodon.parsePermalink('https://example.org/@someone/not-a-number')).toBeNull();
    expect(mastodon.profileUrl('ana@social.example.eu')).toBe('https://social.example.eu/@ana');
  });
  it('accepts user@instance handles only', () => {
    expect(mastodon.text?.isSignatureHandle?.('ana@social.example.eu')).toBe(true);
    expect(mastodon.text?.isSignatureHandle?.('ana')).toBe(false);
  });
});
