import { describe, expect, it } from 'vitest';
import { telegram } from '../../../src/platforms/telegram/index.js';

describe('telegram.parsePermalink', () => {
  it.each([
    ['https://t.me/eastvale_news/4512', 'https://t.me/eastvale_news/4512'],
    ['https://t.me/eastvale_news/4512/', 'https://t.me/eastvale_news/4512'],
    ['https://t.me/eastvale_news/4512?single', 'https://t.me/eastvale_news/4512'],
    ['https://t.me/eastvale_news/4512#comments', 'https://t.me/eastvale_news/4512'],
    ['https://telegram.me/eastvale_news/4512', 'https://telegram.me/eastvale_news/4512'],
    ['http://t.me/eastvale_news/4512', 'http://t.me/eastvale_news/4512'],
    ['t.me/eastvale_news/4512', 'https://t.me/eastvale_news/4512'],
    ['https://t.me/s/eastvale_news/4512', 'https://t.me/eastvale_news/4512'],
  ])('reads %s', (input, url) => {
    expect(telegram.parsePermalink(input)).toEqual({ id: '4512', url, handle: 'eastvale_news' });
  });

  it.each([
    'https://t.me/eastvale_news',
    'https://t.me/s/eastvale_news',
    'https://t.me/c/1234567890/4512',
    'https://t.me/joinchat/AbCdEf',
    'https://t.me/ab/4512',
    'https://t.me/eastvale_news/abc',
    'https://t.me/eastvale_news/1234567890123',
    'https://t.me/eastvale-news/4512',
    'https://telegram.org/eastvale_news/4512',
  ])('rejects %s', (url) => {
    expect(telegram.parsePermalink(url)).toBeNull();
  });

  it('builds profile URLs', () => {
    expect(telegram.profileUrl('eastvale_news')).toBe('https://t.me/eastvale_news');
  });
});
