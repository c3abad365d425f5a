import { describe, expect, it } from 'vitest';
import { threads } from '../../../src/platforms/threads/index.js';

describe('threads.parsePermalink', () => {
  it.each([
    ['https://www.threads.net/@maya.lind/post/C3abcDEFghi', 'https://www.threads.net/@maya.lind/post/C3abcDEFghi', 'maya.lind'],
    [
      'https://www.threads.com/@maya.lind/post/C3abcDEFghi/?xmt=AQGzabc',
      'https://www.threads.com/@maya.lind/post/C3abcDEFghi',
      'maya.lind',
    ],
    ['https://threads.net/@maya_lind/post/C3abc-EF_hi/', 'https://threads.net/@maya_lind/post/C3abc-EF_hi', 'maya_lind'],
    [
      'threads.net/@eastvale.council/post/DAbc12345xy#replies',
      'https://threads.net/@eastvale.council/post/DAbc12345xy',
      'eastvale.council',
    ],
  ])('reads %s', (input, url, handle) => {
    expect(threads.parsePermalink(input)).toEqual({ id: url.slice(url.lastIndexOf('/') + 1), url, handle });
  });

  it.each([
    'https://www.threads.net/@maya.lind',
    'https://www.threads.net/maya.lind/post/C3abcDEFghi',
    'https://www.threads.net/@maya.lind/post/abc',
    'https://www.threads.net/@maya.lind/post/C3abcDEFghi/media',
    'https://www.threads.net/@this.handle.is.much.too.long.for.threads/post/C3abcDEFghi',
    'https://www.instagram.com/@maya.lind/post/C3abcDEFghi',
    'https://threads.example.com/@maya.lind/post/C3abcDEFghi',
    'not a url',
  ])('rejects %s', (url) => {
    expect(threads.parsePermalink(url)).toBeNull();
  });

  it('builds profile URLs', () => {
    expect(threads.profileUrl('maya.lind')).toBe('https://www.threads.net/@maya.lind');
  });
});
