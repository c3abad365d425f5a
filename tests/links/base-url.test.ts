import { describe, expect, it } from 'vitest';
import { checkBaseUrl, documentBaseUrl, isAbsoluteUrl, resolveUrl } from '../../src/links/index.js';

describe('isAbsoluteUrl', () => {
  it('is true only with a scheme', () => {
    for (const url of ['https://t.co/x', 'HTTP://x.com/a', 'mailto:desk@news.example', ' https://t.co/x'])
      expect(isAbsoluteUrl(url), url).toBe(true);
    for (const url of ['//t.co/x', '/jack/status/20', 'status/20', '?page=2', '#top', 'pic.twitter.com/x', ''])
      expect(isAbsoluteUrl(url), url).toBe(false);
  });
});

describe('resolveUrl', () => {
  const base = 'https://news.example/world/2024/story.html?ref=home';
  it('resolves as a browser resolves an href', () => {
    expect(resolveUrl('/jack/status/20', base)).toBe('https://news.example/jack/status/20');
    expect(resolveUrl('photos/1.jpg', base)).toBe('https://news.example/world/2024/photos/1.jpg');
    expect(resolveUrl('../live', base)).toBe('https://news.example/world/live');
    expect(resolveUrl('?page=2', base)).toBe('https://news.example/world/2024/story.html?page=2');
    expect(resolveUrl('//t.co/AbC', 'http://news.example/')).toBe('http://t.co/AbC');
  });

  it('keeps an absolute URL exactly as written', () => {
    expect(resolveUrl('HTTPS://T.co/AbC?x=1&y', base)).toBe('HTTPS://T.co/AbC?x=1&y');
  });

  it('is null when the parser rejects the link', () => {
    expect(resolveUrl('//exa mple.com/x', base)).toBeNull();
  });
});

describe('documentBaseUrl (the HTML standard’s frozen base URL)', () => {
  it('resolves <base href> against the page URL', () => {
    expect(documentBaseUrl('/amp/', 'https://news.example/world/story')).toBe('https://news.example/amp/');
    expect(documentBaseUrl('https://cdn.news.example/', 'https://news.example/world/story')).toBe('https://cdn.news.example/');
  });

  it('an absolute <base href> is a base even without a page URL; a relative one is not', () => {
    expect(documentBaseUrl('https://cdn.news.example/', null)).toBe('https://cdn.news.example/');
    expect(documentBaseUrl('/amp/', null)).toBeNull();
  });

  it('falls back to the page URL when <base href> fails to parse or is data: / javascript:', () => {
    expect(documentBaseUrl('https://exa mple.com/', 'https://news.example/a')).toBe('https://news.example/a');
    expect(documentBaseUrl('javascript:void(0)', 'https://news.example/a')).toBe('https://news.example/a');
    expect(documentBaseUrl('data:text/html,x', null)).toBeNull();
    expect(documentBaseUrl(null, 'https://news.example/a')).toBe('https://news.example/a');
  });
});

describe('checkBaseUrl', () => {
  it('accepts an absolute URL and rejects anything else with a TypeError', () => {
    expect(checkBaseUrl(undefined, 'f')).toBeUndefined();
    expect(checkBaseUrl('https://news.example', 'f')).toBe('https://news.example/');
    for (const bad of ['/story', 'news.example/story', 'https://exa mple.com/', '', 42])
      expect(() => checkBaseUrl(bad, 'f'), String(bad)).toThrow(TypeError);
  });
});
