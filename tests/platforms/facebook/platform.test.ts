import { describe, expect, it } from 'vitest';
import { facebook, parseFacebookUrl } from '../../../src/platforms/facebook/index.js';

describe('facebook.parsePermalink', () => {
  it.each([
    [
      'https://www.facebook.com/CityOfAldergrove/posts/10158123456789012',
      { id: '10158123456789012', url: 'https://www.facebook.com/CityOfAldergrove/posts/10158123456789012', handle: 'CityOfAldergrove' },
    ],
    [
      'https://www.facebook.com/CityOfAldergrove/posts/pfbid0abcDEF123ghiJKL/?ref=embed_post',
      {
        id: 'pfbid0abcDEF123ghiJKL',
        url: 'https://www.facebook.com/CityOfAldergrove/posts/pfbid0abcDEF123ghiJKL/',
        handle: 'CityOfAldergrove',
      },
    ],
    [
      'https://m.facebook.com/EastvaleFire/videos/1234567890123456/',
      { id: '1234567890123456', url: 'https://m.facebook.com/EastvaleFire/videos/1234567890123456/', handle: 'EastvaleFire' },
    ],
    [
      'https://www.facebook.com/EastvaleFire/photos/a.123456789/987654321012345/',
      { id: '987654321012345', url: 'https://www.facebook.com/EastvaleFire/photos/a.123456789/987654321012345/', handle: 'EastvaleFire' },
    ],
    [
      'https://www.facebook.com/reel/998877665544332',
      { id: '998877665544332', url: 'https://www.facebook.com/reel/998877665544332', handle: null },
    ],
    [
      'https://www.facebook.com/share/p/1AbCdEfGh2/',
      { id: '1AbCdEfGh2', url: 'https://www.facebook.com/share/p/1AbCdEfGh2/', handle: null },
    ],
    [
      'facebook.com/EastvaleFire/posts/123456#comments',
      { id: '123456', url: 'https://facebook.com/EastvaleFire/posts/123456', handle: 'EastvaleFire' },
    ],
  ])('reads %s', (url, expected) => {
    expect(facebook.parsePermalink(url)).toEqual(expected);
  });

  it.each([
    [
      'https://www.facebook.com/photo.php?fbid=10207393772231779&set=a.1',
      '10207393772231779',
      'https://www.facebook.com/photo.php?fbid=10207393772231779',
    ],
    [
      'https://www.facebook.com/permalink.php?story_fbid=pfbid02abcDEF123&id=100064',
      'pfbid02abcDEF123',
      'https://www.facebook.com/permalink.php?story_fbid=pfbid02abcDEF123&id=100064',
    ],
    [
      'https://www.facebook.com/permalink.php?id=100064&story_fbid=pfbid02abcDEF123&__tn__=K-R',
      'pfbid02abcDEF123',
      'https://www.facebook.com/permalink.php?story_fbid=pfbid02abcDEF123&id=100064',
    ],
    [
      'https://www.facebook.com/story.php?story_fbid=123456&id=789',
      '123456',
      'https://www.facebook.com/story.php?story_fbid=123456&id=789',
    ],
    ['https://www.facebook.com/watch/?v=1122334455667788', '1122334455667788', 'https://www.facebook.com/watch/?v=1122334455667788'],
    [
      'https://www.facebook.com/watch/?v=1122334455667788&ref=sharing',
      '1122334455667788',
      'https://www.facebook.com/watch/?v=1122334455667788',
    ],
    ['https://www.facebook.com/watch?v=1122334455667788', '1122334455667788', 'https://www.facebook.com/watch?v=1122334455667788'],
    [
      'https://www.facebook.com/video.php?v=1122334455667788&ref=embed',
      '1122334455667788',
      'https://www.facebook.com/video.php?v=1122334455667788',
    ],
  ])('reads the id from the query of %s and keeps only the parameters that name the post', (input, id, url) => {
    expect(facebook.parsePermalink(input)).toEqual({ id, url, handle: null });
  });

  it('drops the fragment and the tracking parameters of query-id paths', () => {
    expect(parseFacebookUrl('https://www.facebook.com/photo.php?fbid=10207393772231779&set=a.1#top')?.url).toBe(
      'https://www.facebook.com/photo.php?fbid=10207393772231779',
    );
  });

  it('reads an fb.watch short video link', () => {
    expect(facebook.parsePermalink('https://fb.watch/AbC12dEf3G/')).toEqual({
      id: 'AbC12dEf3G',
      url: 'https://fb.watch/AbC12dEf3G/',
      handle: null,
    });
    expect(facebook.parsePermalink('https://fb.watch/')).toBeNull();
  });

  it.each([
    'https://www.facebook.com/EastvaleFire',
    'https://www.facebook.com/EastvaleFire/',
    'https://www.facebook.com/EastvaleFire/posts/',
    'https://www.facebook.com/EastvaleFire/about/123',
    'https://www.facebook.com/groups/123/about/',
    'https://www.facebook.com/photo.php?set=a.1',
    'https://www.facebook.com/watch/',
    'https://www.facebook.com/EastvaleFire/posts/<script>',
    'https://notfacebook.com/EastvaleFire/posts/123456',
    'https://www.instagram.com/EastvaleFire/posts/123456',
    'ftp://www.facebook.com/EastvaleFire/posts/123456',
    '',
  ])('rejects %s', (url) => {
    expect(facebook.parsePermalink(url)).toBeNull();
  });

  it('builds profile URLs', () => {
    expect(facebook.profileUrl('EastvaleFire')).toBe('https://www.facebook.com/EastvaleFire');
  });
});
