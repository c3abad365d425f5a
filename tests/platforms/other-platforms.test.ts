import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/index.js';
import { platforms } from '../../src/platforms/index.js';
import { handleSegment } from '../../src/platforms/url-parts.js';

const byName = (name: string) => {
  const platform = platforms.find((candidate) => candidate.name === name);
  if (platform === undefined) throw new Error(`no platform ${name}`);
  return platform;
};

describe('the platform list', () => {
  it('has unique names and every platform answers null for a foreign URL', () => {
    const names = platforms.map((platform) => platform.name);
    expect(new Set(names).size).toBe(names.length);
    for (const platform of platforms) {
      expect(platform.parsePermalink('https://example.com/nothing/here')).toBeNull();
      expect(platform.parsePermalink('%%%')).toBeNull();
    }
  });
});

describe('bluesky', () => {
  const bluesky = byName('bluesky');
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

describe('mastodon', () => {
  const mastodon = byName('mastodon');
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

describe('instagram', () => {
  const instagram = byName('instagram');
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

describe('handleSegment', () => {
  it('keeps a name and refuses an all-digit id', () => {
    expect(handleSegment('CityOfAldergrove')).toBe('CityOfAldergrove');
    expect(handleSegment('jane_roe2019')).toBe('jane_roe2019');
    expect(handleSegment('100064512345678')).toBeNull();
    expect(handleSegment('')).toBeNull();
    expect(handleSegment(undefined)).toBeNull();
  });
});

describe('a numeric user id in a URL path is not a handle', () => {
  it.each([
    ['facebook', 'https://www.facebook.com/100064512345678/posts/pfbid02Xk7aBcDeFgH1', 'pfbid02Xk7aBcDeFgH1'],
    ['facebook', 'https://www.facebook.com/100064512345678/videos/912345678901234', '912345678901234'],
    ['twitter', 'https://x.com/1234567/status/1755259323123712345', '1755259323123712345'],
    ['twitter', 'https://twitter.com/i/web/status/1755259323123712345', '1755259323123712345'],
    ['instagram', 'https://www.instagram.com/52781234/p/C3xYz1AbCdE/', 'C3xYz1AbCdE'],
  ])('%s %s: the id is read, the handle is null', (name, url, id) => {
    const post = byName(name).parsePermalink(url);
    expect(post?.id).toBe(id);
    expect(post?.handle).toBeNull();
  });

  it.each([
    ['facebook', 'https://www.facebook.com/CityOfAldergrove/posts/10158123456789012', 'CityOfAldergrove'],
    ['twitter', 'https://x.com/harbour2024/status/1755259323123712345', 'harbour2024'],
    ['instagram', 'https://www.instagram.com/lena.park/p/C3xYz1AbCdE/', 'lena.park'],
  ])('%s %s: a named account is still the handle', (name, url, handle) => {
    expect(byName(name).parsePermalink(url)?.handle).toBe(handle);
  });

  it('gives a record with no handle and no profile URL', () => {
    const html =
      '<div class="fb-post" data-href="https://www.facebook.com/100064512345678/posts/912345678901234"><blockquote cite="https://www.facebook.com/100064512345678/posts/912345678901234" class="fb-xfbml-parse-ignore"><p>The harbour reopens on Monday.</p>Posted by <a href="https://www.facebook.com/100064512345678">Harbour Office</a> on <a href="https://www.facebook.com/100064512345678/posts/912345678901234">Wednesday, February 7, 2024</a></blockquote></div>';
    const [record] = extractEmbeds(html);
    expect(record?.id).toBe('912345678901234');
    expect(record?.author.handle).toBeNull();
    expect(record?.author.url).toBeNull();
  });
});
