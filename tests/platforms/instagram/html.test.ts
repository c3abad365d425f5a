import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../../src/index.js';
import { htmlTag } from '../../../src/kit/index.js';
import { instagramHtml } from '../../../src/platforms/instagram/index.js';

const tag = (name: string, attributes: Record<string, string>) => htmlTag(name, new Map(Object.entries(attributes)));

describe('instagram html: matchElement', () => {
  it('names the publisher blockquote, amp-instagram and the rendered iframe', () => {
    expect(instagramHtml.matchElement(tag('blockquote', { class: 'instagram-media' }))).toEqual({ markup: 'blockquote' });
    expect(instagramHtml.matchElement(tag('amp-instagram', { 'data-shortcode': 'C3xYz1AbCdE' }))).toEqual({ markup: 'amp-instagram' });
    expect(instagramHtml.matchElement(tag('iframe', { src: 'https://www.instagram.com/p/C3xYz1AbCdE/embed/captioned/' }))).toEqual({
      markup: 'rendered-iframe',
      rendered: true,
    });
  });

  it('ignores amp-instagram without a shortcode and other elements', () => {
    expect(instagramHtml.matchElement(tag('amp-instagram', {}))).toBeNull();
    expect(instagramHtml.matchElement(tag('div', { class: 'instagram-media' }))).toBeNull();
    expect(instagramHtml.matchElement(tag('iframe', { src: 'https://www.instagram.com/lena.park/' }))).toBeNull();
  });

  it('carries the CMS wrapper words and block elements of its markup', () => {
    expect(instagramHtml.wrapperClassWords).toEqual(['instagram']);
    expect(instagramHtml.blockElements).toEqual(['amp-instagram']);
  });
});

describe('instagram html: readEmbed, through the HTML reader', () => {
  it('reads the caption, the shared-by attribution and its time from the publisher blockquote', () => {
    const html =
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C3xYz1AbCdE/?utm_source=ig_embed" data-instgrm-version="14">' +
      '<div><a href="https://www.instagram.com/p/C3xYz1AbCdE/">View this post on Instagram</a></div>' +
      '<p>First ferry of the season leaves the harbour at dawn <a href="https://www.instagram.com/explore/tags/eastvale/">#eastvale</a></p>' +
      '<p>A post shared by Lena Park (@lena.park) <time datetime="2024-03-05T08:12:00+00:00">Mar 5, 2024 at 12:12am PST</time></p></blockquote>';
    const [record] = extractEmbeds(html);
    expect(record?.platform).toBe('instagram');
    expect(record?.id).toBe('C3xYz1AbCdE');
    expect(record?.url).toBe('https://www.instagram.com/p/C3xYz1AbCdE/');
    expect(record?.author).toMatchObject({ name: 'Lena Park', handle: 'lena.park' });
    expect(record?.text).toBe('First ferry of the season leaves the harbour at dawn #eastvale');
    expect(record?.publishedAt?.startsWith('2024-03-05')).toBe(true);
  });

  it('reads only the shortcode from amp-instagram', () => {
    const [record] = extractEmbeds('<p>Before.</p><amp-instagram data-shortcode="C3xYz1AbCdE" width="400" height="400"></amp-instagram>');
    expect(record?.id).toBe('C3xYz1AbCdE');
    expect(record?.text).toBeNull();
    expect(record?.source.markup).toBe('amp-instagram');
  });
});
