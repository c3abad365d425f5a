import { describe, expect, it } from 'vitest';
import { platformNamed } from '../../../src/platforms/index.js';

describe('instagram', () => {
  const instagram = platformNamed('instagram');
  it('reads /p/, /reel/ and /tv/ permalinks, with or without a user prefix', () => {
    expect(instagram.parsePermalink('https://www.instagram.com/p/C3abcDEFghi/?utm_source=ig_embed&utm_campaign=loading')).toEqual({
      id: 'C3abcDEFghi',
      url: 'https://www.instagram.com/p/C3abcDEFghi/',
      handle: null,
    });
    expect(instagram.parsePermalink('https://instagram.com/reel/C3abcDEFghi')?.id).toBe('C3abcDEFghi');
    expect(instagram.parsePermalink('https://www.instagram.com/some.user/p/C3abcDEFghi/')?.handle).toBe('some.user');
    expect(instagram.parsePermalink('https://www.instagram.com/some.user/')).toBeNull();
  });
  it('owns the shared-by phrases', () => {
    expect(instagram.text?.sharedByPhrases).toContain('a post shared by');
  });
});
