import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/index.js';
import { type PlatformName, platformNamed } from '../../src/platforms/index.js';
import { handleSegment, queryParam, splitUrl } from '../../src/platforms/url-parts.js';

describe('splitUrl', () => {
  it('splits an absolute URL, keeping the authority as written and lowercasing the host', () => {
    expect(splitUrl(' HTTPS://user@Mobile.Twitter.com:443/jack/status/20?s=19#top ')).toEqual({
      origin: 'https://user@Mobile.Twitter.com:443',
      host: 'twitter.com',
      path: '/jack/status/20',
      query: '?s=19',
      hash: '#top',
    });
  });

  it('reads a scheme-less or protocol-relative URL as https, with an empty path as /', () => {
    expect(splitUrl('x.com?a=1')).toEqual({ origin: 'https://x.com', host: 'x.com', path: '/', query: '?a=1', hash: '' });
    expect(splitUrl('//www.instagram.com/p/C3xYz1AbCdE/')?.origin).toBe('https://www.instagram.com');
  });

  it('takes the fragment from the first #, even before a ?', () => {
    expect(splitUrl('https://x.com/a#b?c')).toMatchObject({ path: '/a', query: '', hash: '#b?c' });
  });

  it('drops one leading www., mobile. or m. only', () => {
    expect(splitUrl('https://m.www.example.com/')?.host).toBe('www.example.com');
    expect(splitUrl('https://www.m.example.com/')?.host).toBe('m.example.com');
  });

  it.each([
    ['another scheme', 'ftp://x.com/a'],
    ['a scheme after other words', 'see https://x.com/a'],
    ['a bare scheme', 'https://'],
    ['three slashes', '///x.com/a'],
    ['no dot in the host', 'https://localhost/a'],
    ['characters no host holds', 'https://exa mple.com/a'],
    ['an authority past 253 characters', `https://${'a'.repeat(250)}.com/a`],
  ])('refuses %s', (_, input) => {
    expect(splitUrl(input)).toBeNull();
  });

  it('keeps an authority of 253 characters', () => {
    expect(splitUrl(`https://${'a'.repeat(249)}.com/a`)?.path).toBe('/a');
  });
});

describe('handleSegment', () => {
  it('keeps a name and refuses an all-digit id', () => {
    expect(handleSegment('CityOfAldergrove')).toBe('CityOfAldergrove');
    expect(handleSegment('jane_roe2019')).toBe('jane_roe2019');
    expect(handleSegment('100064512345678')).toBeNull();
    expect(handleSegment('')).toBeNull();
    expect(handleSegment(undefined)).toBeNull();
  });
});

describe('a numeric user id in a URL path is not a handle', () => {
  it.each([
    ['facebook', 'https://www.facebook.com/100064512345678/posts/pfbid02Xk7aBcDeFgH1', 'pfbid02Xk7aBcDeFgH1'],
    ['facebook', 'https://www.facebook.com/100064512345678/videos/912345678901234', '912345678901234'],
    ['twitter', 'https://x.com/1234567/status/1755259323123712345', '1755259323123712345'],
    ['twitter', 'https://twitter.com/i/web/status/1755259323123712345', '1755259323123712345'],
    ['instagram', 'https://www.instagram.com/52781234/p/C3xYz1AbCdE/', 'C3xYz1AbCdE'],
  ])('%s %s: the id is read, the handle is null', (name, url, id) => {
    const post = platformNamed(name as PlatformName).parsePermalink(url);
    expect(post?.id).toBe(id);
    expect(post?.handle).toBeNull();
  });

  it.each([
    ['facebook', 'https://www.facebook.com/CityOfAldergrove/posts/10158123456789012', 'CityOfAldergrove'],
    ['twitter', 'https://x.com/harbour2024/status/1755259323123712345', 'harbour2024'],
    ['instagram', 'https://www.instagram.com/lena.park/p/C3xYz1AbCdE/', 'lena.park'],
  ])('%s %s: a named account is still the handle', (name, url, handle) => {
    expect(platformNamed(name as PlatformName).parsePermalink(url)?.handle).toBe(handle);
  });

  it('gives a record with no handle and no profile URL', () => {
    const html =
      '<div class="fb-post" data-href="https://www.facebook.com/100064512345678/posts/912345678901234"><blockquote cite="https://www.facebook.com/100064512345678/posts/912345678901234" class="fb-xfbml-parse-ignore"><p>The harbour reopens on Monday.</p>Posted by <a href="https://www.facebook.com/100064512345678">Harbour Office</a> on <a href="https://www.facebook.com/100064512345678/posts/912345678901234">Wednesday, February 7, 2024</a></blockquote></div>';
    const [record] = extractEmbeds(html);
    expect(record?.id).toBe('912345678901234');
    expect(record?.author.handle).toBeNull();
    expect(record?.author.url).toBeNull();
  });
});

describe('queryParam', () => {
  it('reads a percent-encoded value, with or without ?', () => {
    expect(queryParam('?href=https%3A%2F%2Fwww.facebook.com%2Fx%2Fposts%2F1&show_text=true', 'href')).toBe(
      'https://www.facebook.com/x/posts/1',
    );
    expect(queryParam('a=1&b=2', 'b')).toBe('2');
  });

  it('returns the first of repeated parameters', () => {
    expect(queryParam('?v=first&v=second', 'v')).toBe('first');
  });

  it('reads + as a space', () => {
    expect(queryParam('?q=harbour+ferry%20news', 'q')).toBe('harbour ferry news');
  });

  it('gives a parameter without = the empty string', () => {
    expect(queryParam('?single&x=1', 'single')).toBe('');
  });

  it('keeps everything after the first = in the value', () => {
    expect(queryParam('?sig=abc==&x=1', 'sig')).toBe('abc==');
  });

  it('decodes the key too', () => {
    expect(queryParam('?story%5Ffbid=123', 'story_fbid')).toBe('123');
  });

  it('keeps a malformed escape as written', () => {
    expect(queryParam('?x=%E0%A4%A', 'x')).toBe('%E0%A4%A');
    expect(queryParam('?x=100%', 'x')).toBe('100%');
  });

  it('returns null when the parameter is missing', () => {
    expect(queryParam('', 'x')).toBeNull();
    expect(queryParam('?', 'x')).toBeNull();
    expect(queryParam('?ab=1', 'a')).toBeNull();
    expect(queryParam('?X=1', 'x')).toBeNull();
  });
});
