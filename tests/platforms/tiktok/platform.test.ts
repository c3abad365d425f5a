import { describe, expect, it } from 'vitest';
import { extractHtmlEmbeds } from '../../../src/html/html-embeds.js';
import { htmlTag, parseAttributes } from '../../../src/kit/index.js';
import { isProfileWidget } from '../../../src/platforms/tiktok/platform.js';
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

describe('TikTok creator (profile) widgets', () => {
  it.each([
    '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@lena.park" data-unique-id="lena.park" data-embed-type="creator"><section><a target="_blank" href="https://www.tiktok.com/@lena.park?refer=creator_embed">@lena.park</a></section></blockquote>',
    '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@lena.park" data-unique-id="lena.park"><section><a href="https://www.tiktok.com/@lena.park?refer=creator_embed">@lena.park</a> Sunrise every day</section></blockquote>',
  ])('are not posts, as timelines are not: %s', (html) => {
    expect(extractHtmlEmbeds(html).embeds).toEqual([]);
    expect(isProfileWidget(htmlTag('blockquote', parseAttributes(html.slice(0, html.indexOf('>') + 1))))).toBe(true);
  });

  it('a video embed is still a post', () => {
    const html =
      '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@lena.park/video/7301234567890123456" data-video-id="7301234567890123456" data-embed-type="video"><section><a title="@lena.park" href="https://www.tiktok.com/@lena.park?refer=embed">@lena.park</a> Sunrise <a title="♬ original sound" href="https://www.tiktok.com/music/x">♬ original sound - Lena</a></section></blockquote>';
    expect(extractHtmlEmbeds(html).embeds[0]).toMatchObject({ id: '7301234567890123456', text: 'Sunrise' });
  });
});
