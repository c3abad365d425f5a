import { describe, expect, it } from 'vitest';
import { tiktok } from '../../src/platforms/tiktok/index.js';

describe('tiktok.parsePermalink', () => {
  it.each([
    ['https://www.tiktok.com/@lena.park/video/7301234567890123456', 'https://www.tiktok.com/@lena.park/video/7301234567890123456', 'lena.park'],
    ['https://www.tiktok.com/@lena.park/video/7301234567890123456?is_from_webapp=1&sender_device=pc', 'https://www.tiktok.com/@lena.park/video/7301234567890123456', 'lena.park'],
    ['https://m.tiktok.com/@lena_park/video/7301234567890123456/', 'https://m.tiktok.com/@lena_park/video/7301234567890123456', 'lena_park'],
    ['tiktok.com/@eastvalefire/video/7301234567890123456', 'https://tiktok.com/@eastvalefire/video/7301234567890123456', 'eastvalefire'],
  ])('reads %s', (input, url, handle) => {
    expect(tiktok.parsePermalink(input)).toEqual({ id: '7301234567890123456', url, handle });
  });

  it.each([
    'https://vm.tiktok.com/ZMabc123/',
    'https://www.tiktok.com/@lena.park',
    'https://www.tiktok.com/@lena.park/video/abc',
    'https://www.tiktok.com/@lena.park/photo/7301234567890123456',
    'https://www.tiktok.com/lena.park/video/7301234567890123456',
    'https://www.tiktok.com/embed/v2/7301234567890123456',
    'https://www.tiktok.com/@lena.park/video/123456789012345678901',
    'https://tiktok.example.com/@lena.park/video/7301234567890123456',
  ])('rejects %s', (url) => {
    expect(tiktok.parsePermalink(url)).toBeNull();
  });

  it('builds profile URLs', () => {
    expect(tiktok.profileUrl('lena.park')).toBe('https://www.tiktok.com/@lena.park');
  });
});
