import { describe, expect, it } from 'vitest';
import { canonicalUrl } from '../../src/expand/canonical-url.js';

describe('canonicalUrl', () => {
  it.each([
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['http://example.com:80/a', 'http://example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['https://example.com:8443/a', 'https://example.com:8443/a'],
    ['https://example.com', 'https://example.com/'],
    ['https://example.com/a/./b/../c', 'https://example.com/a/c'],
    ['https://user:pw@example.com/', 'https://example.com/'],
    ['https://bücher.example/', 'https://xn--bcher-kva.example/'],
    ['https://example.com/?utm_source=x&utm_medium=y&id=3', 'https://example.com/?id=3'],
    ['https://example.com/?UTM_Campaign=x', 'https://example.com/'],
    ['https://example.com/?a=1&fbclid=X&gclid=Y&igshid=Z&b=2', 'https://example.com/?a=1&b=2'],
    ['https://example.com/story?s=20&t=abc', 'https://example.com/story?s=20&t=abc'],
    ['https://twitter.com/jack/status/20?s=20&t=abc', 'https://twitter.com/jack/status/20'],
    ['https://x.com/jack/status/20/photo/1?s=46&lang=en', 'https://x.com/jack/status/20/photo/1?lang=en'],
    ['https://x.com/jack?s=20', 'https://x.com/jack?s=20'],
    // Twitter's share tags go wherever its permalink reader reads a status URL: mobile and
    // www hosts, the /i/web/ form, the mirrors; not on other paths or with a handle too long.
    [
      'https://mobile.twitter.com/i/web/status/1765012345678901234?ref_src=twsrc',
      'https://mobile.twitter.com/i/web/status/1765012345678901234',
    ],
    ['https://www.twitter.com/jack/statuses/20/photo/1?t=x&id=1', 'https://www.twitter.com/jack/statuses/20/photo/1?id=1'],
    ['https://fxtwitter.com/jack/status/20?s=20', 'https://fxtwitter.com/jack/status/20'],
    ['https://x.com/search?q=status&s=20', 'https://x.com/search?q=status&s=20'],
    ['https://x.com/a_handle_far_too_long/status/20?s=20', 'https://x.com/a_handle_far_too_long/status/20?s=20'],
    ['https://bsky.app/profile/a.bsky.social/post/3kq2?s=20', 'https://bsky.app/profile/a.bsky.social/post/3kq2?s=20'],
    ['https://example.com/a#', 'https://example.com/a'],
    ['https://example.com/a#top', 'https://example.com/a#top'],
    ['https://example.com/a?b=%20c&&d', 'https://example.com/a?b=%20c&d'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it('drops the fragment on request', () => {
    expect(canonicalUrl('https://example.com/a#top', { dropFragment: true })).toBe('https://example.com/a');
  });

  it.each(['ftp://example.com/', 'mailto:a@b.c', 'not a url', '', 'http://'])('returns null for %j', (input) => {
    expect(canonicalUrl(input)).toBeNull();
  });

  it('is idempotent', () => {
    for (const input of ['HTTP://A.com:80/x/../y?utm_x=1&k=v#f', 'https://twitter.com/a/status/1?s=1']) {
      const once = canonicalUrl(input);
      expect(once).not.toBeNull();
      expect(canonicalUrl(once ?? '')).toBe(once);
    }
  });
});
