import { describe, expect, it } from 'vitest';
import { youtube } from '../../../src/platforms/youtube/index.js';

const WATCH = { id: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', handle: null };

describe('youtube.parsePermalink', () => {
  it.each([
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42',
    'https://m.youtube.com/watch?v=dQw4w9WgXcQ#t=10',
    'https://youtu.be/dQw4w9WgXcQ',
    'https://youtu.be/dQw4w9WgXcQ?si=AbCdEfGh&t=5',
    'https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0&modestbranding=1',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    '//www.youtube.com/embed/dQw4w9WgXcQ',
    'https://www.youtube.com/shorts/dQw4w9WgXcQ',
    'https://www.youtube.com/live/dQw4w9WgXcQ?feature=share',
    'https://www.youtube.com/v/dQw4w9WgXcQ',
  ])('reads %s as the canonical watch URL', (url) => {
    expect(youtube.parsePermalink(url)).toEqual(WATCH);
  });

  it('keeps ids with - and _', () => {
    expect(youtube.parsePermalink('https://youtu.be/a-B_c1D2e3F')?.id).toBe('a-B_c1D2e3F');
  });

  it.each([
    'https://www.youtube.com/watch?v=short',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQQ',
    'https://www.youtube.com/watch?list=PL123',
    'https://www.youtube.com/@EastvaleCouncil',
    'https://www.youtube.com/channel/UC1234567890abcdefghij',
    'https://www.youtube.com/playlist?list=PL1234567890',
    'https://www.youtube.com/embed/',
    'https://youtu.be/',
    'https://notyoutube.com/watch?v=dQw4w9WgXcQ',
    'https://vimeo.com/123456789',
  ])('rejects %s', (url) => {
    expect(youtube.parsePermalink(url)).toBeNull();
  });

  it('builds profile URLs', () => {
    expect(youtube.profileUrl('EastvaleCouncil')).toBe('https://www.youtube.com/@EastvaleCouncil');
  });
});
