import { describe, expect, it } from 'vitest';
import { extractHtmlEmbeds } from '../../src/html/html-embeds.js';
import { matchProxyIframe, wrappedUrls } from '../../src/html/proxy-iframes.js';
import { htmlTag } from '../../src/kit/index.js';

const ID = '1752781230456789012';
const enc = encodeURIComponent;
const embedly = (query: string) => `https://cdn.embedly.com/widgets/media.html?${query}`;
const iframe = (src: string, attribute = 'src') => htmlTag('iframe', new Map([[attribute, src]]));

describe('wrappedUrls', () => {
  it('reads the url parameter first, then src, decoded', () => {
    const src = embedly(
      `src=${enc(`https://twitter.com/KelmoorFerries/status/${ID}?ref_src=twsrc%5Etfw`)}&display_name=Twitter&url=${enc(`https://twitter.com/KelmoorFerries/status/${ID}`)}&type=text%2Fhtml&schema=twitter`,
    );
    expect(wrappedUrls(iframe(src))).toEqual([
      `https://twitter.com/KelmoorFerries/status/${ID}`,
      `https://twitter.com/KelmoorFerries/status/${ID}?ref_src=twsrc%5Etfw`,
    ]);
  });

  it('reads Medium’s half-encoded url and a lazy data-src', () => {
    expect(wrappedUrls(iframe(embedly('type=text%2Fhtml&schema=twitter&url=https%3A//twitter.com/a/status/20'), 'data-src'))).toEqual([
      'https://twitter.com/a/status/20',
    ]);
  });

  it('is empty for other iframes and other elements', () => {
    expect(wrappedUrls(iframe('https://www.youtube.com/embed/qX7bR2mPz4c'))).toEqual([]);
    expect(wrappedUrls(iframe('https://cdn.embedly.com/other.html?url=https%3A%2F%2Ftwitter.com%2Fa%2Fstatus%2F20'))).toEqual([]);
    expect(wrappedUrls(htmlTag('img', new Map([['src', embedly('url=https%3A%2F%2Ftwitter.com%2Fa%2Fstatus%2F20')]])))).toEqual([]);
  });
});

describe('matchProxyIframe', () => {
  it('decides the platform by the wrapped URL, through the registry', () => {
    const cases: [string, string][] = [
      [`https://x.com/a/status/${ID}`, 'twitter'],
      ['https://www.youtube.com/watch?v=qX7bR2mPz4c', 'youtube'],
      ['https://www.instagram.com/p/C3xYz1AbCdE/', 'instagram'],
      ['https://bsky.app/profile/tide.example.com/post/3kq2abcdefg2x', 'bluesky'],
    ];
    for (const [url, name] of cases) {
      const found = matchProxyIframe(iframe(embedly(`url=${enc(url)}&type=text%2Fhtml`)));
      expect(found?.platform.name, url).toBe(name);
      expect(found?.match.markup).toBe('embedly-iframe');
      expect(found?.bareUrl).toBe(url);
    }
  });

  it('finds nothing when the wrapped page is no post', () => {
    expect(matchProxyIframe(iframe(embedly(`url=${enc('https://kelmoor.example/ferry-repairs')}`)))).toBeNull();
    expect(matchProxyIframe(iframe(embedly(`url=${enc('https://twitter.com/KelmoorFerries')}`)))).toBeNull();
  });
});

describe('an embedly iframe in a page', () => {
  it('gives the wrapped post’s record: id, permalink, handle from the path, time from the id', () => {
    const html = `<p>Before.</p><figure><iframe class="embedly-embed" src="${embedly(`src=${enc(`https://twitter.com/KelmoorFerries/status/${ID}`)}&amp;type=text%2Fhtml&amp;schema=twitter`)}"></iframe></figure><p>After.</p>`;
    const [record] = extractHtmlEmbeds(html).embeds;
    expect(record).toMatchObject({
      platform: 'twitter',
      id: ID,
      url: `https://twitter.com/KelmoorFerries/status/${ID}`,
      author: { handle: 'KelmoorFerries' },
      text: null,
      datePrecision: 'id',
      source: { markup: 'embedly-iframe' },
    });
    // The figure holding only the iframe is its wrapper.
    expect(html.slice(record?.source.start, record?.source.end)).toMatch(/^<figure><iframe[\s\S]*<\/figure>$/);
  });
});
