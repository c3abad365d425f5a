import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findEmbedMarkers, markerPattern } from '../../src/html/embed-markers.js';
import { proxyMarkers } from '../../src/html/proxy-iframes.js';
import { htmlPlatforms } from '../../src/platforms/index.js';

describe('findEmbedMarkers', () => {
  it('finds the class of a publisher blockquote', () => {
    const html = '<p>hi</p><blockquote class="twitter-tweet">';
    expect(findEmbedMarkers(html)).toEqual([html.indexOf('twitter-tweet')]);
  });

  it('finds nothing in an article without embed markup', () => {
    expect(findEmbedMarkers('<p>The mayor posted on Twitter and Instagram about the tweets and the status quo.</p>')).toEqual([]);
    expect(findEmbedMarkers('')).toEqual([]);
  });

  it('matches case-insensitively', () => {
    expect(findEmbedMarkers('<div class="TWITTER-TWEET">')).toEqual([12]);
    expect(findEmbedMarkers('<BLOCKQUOTE CLASS="Instagram-Media">')).toEqual([19]);
  });

  it('finds status URLs only when a digit follows /status/ or /statuses/', () => {
    const text = 'https://twitter.com/a/status/123 and /statuses/9 but not /status/x or /status/';
    expect(findEmbedMarkers(text)).toEqual([text.indexOf('/status/1'), text.indexOf('/statuses/9')]);
  });

  it('finds the markers of every platform', () => {
    const samples = [
      '<blockquote class="twitter-video">',
      '<blockquote class="nojs-tweet">',
      '<div data-tweet-id="20">',
      '<amp-twitter data-tweetid="20">',
      '<iframe src="https://platform.twitter.com/embed/Tweet.html?id=20">',
      '<twitter-widget>',
      '<figure class="wp-block-embed embed-twitter">',
      '<blockquote class="instagram-media">',
      '<amp-instagram data-shortcode="C3abcDEFghi">',
      'https://www.instagram.com/reel/C3abcDEFghi/',
      '<div class="fb-post" data-href="x">',
      '<div class="fb-video" data-href="x">',
      '<iframe src="https://www.facebook.com/plugins/video.php?href=x">',
      '<blockquote class="bluesky-embed">',
      'https://bsky.app/profile/maya.bsky.social/post/3kxyz2abcde2f',
      '<blockquote class="mastodon-embed">',
      '<iframe src="https://mastodon.social/@Gargron/113456789012345678/embed">',
      '<blockquote class="text-post-media">',
      'https://www.threads.net/@maya.lind/post/C3abcDEFghi',
      'https://www.threads.com/@maya.lind',
      '<blockquote class="tiktok-embed">',
      '<iframe src="https://www.tiktok.com/embed/v2/7301234567890123456">',
      '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ">',
      '<lite-youtube videoid="dQw4w9WgXcQ">',
      '<amp-youtube data-videoid="dQw4w9WgXcQ">',
      '<blockquote class="reddit-embed-bq">',
      '<blockquote class="reddit-card">',
      '<iframe src="https://www.linkedin.com/embed/feed/update/urn:li:share:7101234567890123456">',
      '<script data-telegram-post="eastvale_news/4512">',
    ];
    for (const sample of samples) expect(findEmbedMarkers(sample), sample).not.toEqual([]);
  });

  it('does not take near misses for markers', () => {
    for (const sample of [
      'https://www.instagram.com/stories/someone/',
      'https://www.facebook.com/plugins/like.php?href=x',
      'https://www.threads.net/maya.lind',
      'data-tweet_id="20"',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      '<div class="twitter-follow-button">',
    ]) {
      expect(findEmbedMarkers(sample), sample).toEqual([]);
    }
  });

  it('finds every marker in document order, also back to back', () => {
    expect(findEmbedMarkers('twitter-tweettwitter-tweet')).toEqual([0, 13]);
    const html =
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C3abcDEFghi/"></blockquote>' +
      '<blockquote class="twitter-tweet"><a href="https://twitter.com/a/status/20">x</a></blockquote>';
    expect(findEmbedMarkers(html)).toEqual([
      html.indexOf('instagram-media'),
      html.indexOf('instagram.com/p/'),
      html.indexOf('twitter-tweet'),
      html.indexOf('/status/20'),
    ]);
  });

  it('gives the same answer when called again (no state left in the regex)', () => {
    const html = '<p>x</p><blockquote class="twitter-tweet"><a href="https://twitter.com/a/status/20">x</a></blockquote>';
    const first = findEmbedMarkers(html);
    findEmbedMarkers('<blockquote class="tiktok-embed">');
    expect(findEmbedMarkers(html)).toEqual(first);
    expect(first.length).toBe(2);
  });
});

/** A registered platform with its HTML forms. */
const platformNamed = (name: string) => htmlPlatforms.find((platform) => platform.name === name)!;

describe('markerPattern', () => {
  it('joins the markers of the platforms it is given, and only theirs', () => {
    const tiktokOnly = markerPattern([platformNamed('tiktok')]);
    expect(tiktokOnly.test('<blockquote class="tiktok-embed">')).toBe(true);
    tiktokOnly.lastIndex = 0;
    expect(tiktokOnly.test('<blockquote class="twitter-tweet">')).toBe(false);
    expect(tiktokOnly.flags).toBe('gi');
  });

  it('is the pre-scan of findEmbedMarkers: it finds what the markers joined one by one find', () => {
    // The embed proxies' markers (embedly) join the platforms' in the pre-scan.
    const markers = [...proxyMarkers, ...htmlPlatforms.flatMap((platform) => platform.html.markers)];
    const plain = new RegExp(markers.join('|'), 'gi');
    const offsets = (pattern: RegExp, html: string) => [...html.matchAll(pattern)].map((match) => match.index);
    const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'html');
    const pages = readdirSync(dir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => readFileSync(join(dir, name), 'utf8'));
    expect(pages.length).toBeGreaterThan(5);
    const upper = (html: string) => html.replace(/[a-z]/g, (letter) => letter.toUpperCase());
    let found = 0;
    for (const html of [...pages, ...pages.map(upper)]) {
      expect(findEmbedMarkers(html)).toEqual(offsets(plain, html));
      found += offsets(plain, html).length;
    }
    expect(found).toBeGreaterThan(pages.length);
    // Grouped by first character, yet every marker's own text is still matched.
    const source = markerPattern(htmlPlatforms).source;
    expect(source).toMatch(/(?:^|\|)t\(\?:witter-tweet\|/);
    expect(markerPattern(htmlPlatforms).test('x.com/status/1 <div class="TELEGRAM-POST">')).toBe(true);
  });

  it('keeps a marker that opens with a quantified or class character as it is', () => {
    const shaped = {
      ...platformNamed('tiktok'),
      html: { ...platformNamed('tiktok').html, markers: ['a?bc-embed', '[xy]z-embed', 'tiktok-embed'] },
    };
    const pattern = markerPattern([shaped]);
    expect(pattern.source).toBe('tiktok-embed|a?bc-embed|[xy]z-embed');
    expect('bc-embed yz-embed abc-embed'.match(pattern)).toEqual(['bc-embed', 'yz-embed', 'abc-embed']);
  });

  it('matches nothing when no platform gives a marker (an empty pattern would match everywhere)', () => {
    const none = markerPattern([]);
    expect(none.exec('<blockquote class="twitter-tweet">')).toBeNull();
  });
});
