import { describe, expect, it } from 'vitest';
import { reddit } from '../../src/platforms/reddit/index.js';

describe('reddit.parsePermalink', () => {
  it.each([
    ['https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/', '1abc2de', 'https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/'],
    ['https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens', '1abc2de', 'https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/'],
    ['https://old.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/?utm_source=share&utm_medium=web2x', '1abc2de', 'https://old.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/'],
    ['https://www.reddit.com/r/Eastvale/comments/1abc2de/', '1abc2de', 'https://www.reddit.com/r/Eastvale/comments/1abc2de/'],
    ['reddit.com/r/eastvale_news/comments/xyz789/', 'xyz789', 'https://reddit.com/r/eastvale_news/comments/xyz789/'],
  ])('reads %s', (input, id, url) => {
    expect(reddit.parsePermalink(input)).toEqual({ id, url, handle: null });
  });

  it('takes the comment id from a comment permalink', () => {
    expect(reddit.parsePermalink('https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/kx9y8z7/')).toEqual({
      id: 'kx9y8z7',
      url: 'https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/kx9y8z7/',
      handle: null,
    });
  });

  it.each([
    'https://www.reddit.com/r/Eastvale/',
    'https://www.reddit.com/r/Eastvale/comments/',
    'https://www.reddit.com/user/someone/',
    'https://www.reddit.com/r/Eastvale/s/AbCdEf12',
    'https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/kx9y8z7/extra/',
    'https://www.reddit.com/r/Eastvale/comments/not-base36!/',
    'https://notreddit.com/r/Eastvale/comments/1abc2de/',
  ])('rejects %s', (url) => {
    expect(reddit.parsePermalink(url)).toBeNull();
  });

  it('builds profile URLs', () => {
    expect(reddit.profileUrl('someone')).toBe('https://www.reddit.com/user/someone/');
  });
});
