import { describe, expect, it } from 'vitest';
import { platformNamed } from '../../../src/platforms/index.js';

describe('bluesky', () => {
  const bluesky = platformNamed('bluesky');
  it('reads a post URL with a handle or a DID', () => {
    expect(bluesky.parsePermalink('https://bsky.app/profile/maya.bsky.social/post/3kxyz2abcde2f?ref_src=embed')).toEqual({
      id: '3kxyz2abcde2f',
      url: 'https://bsky.app/profile/maya.bsky.social/post/3kxyz2abcde2f',
      handle: 'maya.bsky.social',
    });
    expect(bluesky.parsePermalink('https://bsky.app/profile/did:plc:abc123/post/3kxyz2abcde2f')?.handle).toBeNull();
  });
  it('accepts domain handles and refuses Twitter handles in signatures', () => {
    expect(bluesky.text?.isSignatureHandle?.('maya.bsky.social')).toBe(true);
    expect(bluesky.text?.isSignatureHandle?.('news.example.org')).toBe(true);
    expect(bluesky.text?.isSignatureHandle?.('SecBlinken')).toBe(false);
  });
});
