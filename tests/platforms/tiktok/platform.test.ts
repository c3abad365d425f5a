import { describe, expect, it } from 'vitest';
import { readCaptionLine, tiktok } from '../../../src/platforms/tiktok/index.js';

describe('tiktok.parsePermalink', () => {
  it.each([
    [
      'https://www.tiktok.com/@lena.park/video/7301234567890123456',
      'https://www.tiktok.com/@lena.park/video/7301234567890123456',
      'lena.park',
    ],
    [
      'https://www.tiktok.com/@lena.park/video/7301234567890123456?is_from_webapp=1&sender_device=pc',
      'https://www.tiktok.com/@lena.park/video/7301234567890123456',
      'lena.park',
    ],
    [
      'https://m.tiktok.com/@lena_park/video/7301234567890123456/',
      'https://m.tiktok.com/@lena_park/video/7301234567890123456',
      'lena_park',
    ],
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

describe('readCaptionLine', () => {
  it('reads the handle and the caption, leaving out the sound', () => {
    expect(readCaptionLine('@lena.park Sunrise over the bay #travel ♬ original sound - Lena Park')).toEqual({
      handle: 'lena.park',
      text: 'Sunrise over the bay #travel',
    });
  });

  it('gives an empty caption when the line holds only the handle and the sound', () => {
    expect(readCaptionLine('@lena.park ♬ original sound')).toEqual({ handle: 'lena.park', text: '' });
  });

  it('refuses a line that does not open with a valid handle, or has the mark inside the handle', () => {
    expect(readCaptionLine('She loves ♬ music')).toBeNull();
    expect(readCaptionLine('@x ♬ song')).toBeNull();
    expect(readCaptionLine('@lena♬park song')).toBeNull();
    expect(readCaptionLine('@lena.park')).toBeNull();
  });
});
