import { describe, expect, it } from 'vitest';
import { convertArticle, extractEmbeds, extractEmbedsWithDiagnostics } from '../../src/index.js';

const tweet = (permalink: string) =>
  `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">The council meets tonight: <a href="/live/council-briefing">live briefing</a>, agenda at <a href="//t.co/Ag3nDa91Xq">t.co/Ag3nDa91Xq</a> and <a href="https://t.co/Zz9Yy8Xx7W">pic.twitter.com/Zz9Yy8Xx7W</a></p>&mdash; Northline Council (@NorthlineCity) <a href="${permalink}">March 19, 2024</a></blockquote>`;

const page = (head: string, permalink = 'https://twitter.com/NorthlineCity/status/1770123456789012345') =>
  `<html><head>${head}</head><body><p>Story.</p>${tweet(permalink)}</body></html>`;

describe('relative links in HTML records', () => {
  it('are resolved against baseUrl (a scheme-relative one takes its scheme)', () => {
    const [post] = extractEmbeds(page(''), { baseUrl: 'http://news.example/local/2024/council.html' });
    expect(post?.id).toBe('1770123456789012345');
    expect(post?.links.map((link) => link.url)).toEqual([
      'http://news.example/live/council-briefing',
      'http://t.co/Ag3nDa91Xq',
      'https://t.co/Zz9Yy8Xx7W',
    ]);
    expect(post?.links.map((link) => link.kind)).toEqual(['external', 'short', 'short']);
    expect(post?.links[0]?.text).toBe('live briefing');
  });

  it('honour <base href>, resolved against baseUrl', () => {
    const [post] = extractEmbeds(page('<base href="/amp/">'), { baseUrl: 'https://news.example/local/council.html' });
    expect(post?.links[0]?.url).toBe('https://news.example/live/council-briefing');
    const [relativeBase] = extractEmbeds(
      page('<base href="https://m.news.example/">').replace('/live/council-briefing', 'live/council-briefing'),
    );
    expect(relativeBase?.links[0]?.url).toBe('https://m.news.example/live/council-briefing');
  });

  it('a relative permalink under a base on the platform’s host is the post it links to', () => {
    const html = page('<base href="https://x.com/">', '/NorthlineCity/status/1770123456789012345');
    const [post] = extractEmbeds(html);
    expect(post?.id).toBe('1770123456789012345');
    expect(post?.url).toBe('https://x.com/NorthlineCity/status/1770123456789012345');
    expect(post?.publishedAt).not.toBeNull();
    expect(extractEmbeds(html.replace('<base href="https://x.com/">', ''))[0]?.id).toBeNull();
  });

  it('stay as written without a base, with a relative-link warning on the embed', () => {
    const { embeds, diagnostics } = extractEmbedsWithDiagnostics(page(''));
    expect(embeds[0]?.links.map((link) => link.url)).toEqual([
      '/live/council-briefing',
      'https://t.co/Ag3nDa91Xq',
      'https://t.co/Zz9Yy8Xx7W',
    ]);
    const relative = diagnostics.filter((d) => d.code === 'relative-link');
    expect(relative).toHaveLength(1);
    expect(relative[0]?.message).toContain('/live/council-briefing');
    expect(relative[0]?.start).toBeGreaterThan(0);
    expect(
      extractEmbedsWithDiagnostics(page(''), { baseUrl: 'https://news.example/' }).diagnostics.filter((d) => d.code === 'relative-link'),
    ).toEqual([]);
  });

  it('convertArticle passes baseUrl on; a bad baseUrl is a TypeError', () => {
    const converted = convertArticle(page(''), { embeds: 'keep', baseUrl: 'https://news.example/a/b' });
    expect(converted.embeds[0]?.links[0]?.url).toBe('https://news.example/live/council-briefing');
    expect(() => extractEmbeds(page(''), { baseUrl: 'news.example/a' })).toThrow(/baseUrl/);
    expect(() => convertArticle(page(''), { embeds: 'keep', baseUrl: '/a' })).toThrow(/baseUrl/);
  });
});
