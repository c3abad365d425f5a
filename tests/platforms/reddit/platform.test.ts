import { describe, expect, it } from 'vitest';
import { extractHtmlEmbeds } from '../../../src/html/html-embeds.js';
import { readBylineLine, reddit } from '../../../src/platforms/reddit/index.js';

describe('reddit.parsePermalink', () => {
  it.each([
    [
      'https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/',
      '1abc2de',
      'https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/',
    ],
    [
      'https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens',
      '1abc2de',
      'https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/',
    ],
    [
      'https://old.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/?utm_source=share&utm_medium=web2x',
      '1abc2de',
      'https://old.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/',
    ],
    ['https://www.reddit.com/r/Eastvale/comments/1abc2de/', '1abc2de', 'https://www.reddit.com/r/Eastvale/comments/1abc2de/'],
    ['reddit.com/r/eastvale_news/comments/xyz789/', 'xyz789', 'https://reddit.com/r/eastvale_news/comments/xyz789/'],
  ])('reads %s', (input, id, url) => {
    expect(reddit.parsePermalink(input)).toEqual({ id, url, handle: null });
  });

  it('reads a redd.it short link, not its media hosts', () => {
    expect(reddit.parsePermalink('https://redd.it/1abc2de')).toEqual({ id: '1abc2de', url: 'https://redd.it/1abc2de', handle: null });
    expect(reddit.parsePermalink('https://i.redd.it/1abc2de.jpg')).toBeNull();
    expect(reddit.parsePermalink('https://v.redd.it/1abc2de')).toBeNull();
    expect(reddit.parsePermalink('https://redd.it/1abc2de/extra')).toBeNull();
  });

  it('takes the comment id from a comment permalink', () => {
    expect(reddit.parsePermalink('https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/kx9y8z7/')).toEqual({
      id: 'kx9y8z7',
      url: 'https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/kx9y8z7/',
      handle: null,
    });
  });

  it.each([
    'https://www.reddit.com/r/Eastvale/',
    'https://www.reddit.com/r/Eastvale/comments/',
    'https://www.reddit.com/user/someone/',
    'https://www.reddit.com/r/Eastvale/s/AbCdEf12',
    'https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/kx9y8z7/extra/',
    'https://www.reddit.com/r/Eastvale/comments/not-base36!/',
    'https://notreddit.com/r/Eastvale/comments/1abc2de/',
  ])('rejects %s', (url) => {
    expect(reddit.parsePermalink(url)).toBeNull();
  });

  it('builds profile URLs', () => {
    expect(reddit.profileUrl('someone')).toBe('https://www.reddit.com/user/someone/');
  });
});

describe('readBylineLine', () => {
  it('reads the title and the user of the flattened embed', () => {
    expect(readBylineLine('Our new park opened today by u/eastvale_parks in Eastvale')).toEqual({
      handle: 'eastvale_parks',
      text: 'Our new park opened today',
    });
    expect(readBylineLine('Park day by u/eastvale_parks in r/Eastvale')).toEqual({ handle: 'eastvale_parks', text: 'Park day' });
  });

  it('reads a line broken before "by" as the user with no title', () => {
    expect(readBylineLine('by u/eastvale_parks in Eastvale')).toEqual({ handle: 'eastvale_parks', text: null });
  });

  it('refuses prose: a sentence that goes on, ends with a period, or names no user', () => {
    expect(readBylineLine('A thread by u/ghost in pics went viral overnight')).toBeNull();
    expect(readBylineLine('The photo was shared by u/ghost in r/pics.')).toBeNull();
    expect(readBylineLine('A post by someone in pics')).toBeNull();
  });
});

describe('reddit comment embeds', () => {
  const COMMENT = 'https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/kx3q9zp/';
  const POST = 'https://www.reddit.com/r/Eastvale/comments/1abc2de/new_park_opens/';

  it('give the comment’s id and permalink and no text: the “Comment” label is not the post’s text', () => {
    const html = `<blockquote class="reddit-embed-bq" data-embed-showtitle="true" data-embed-context="1" data-embed-height="240"><a href="${COMMENT}">Comment</a><br> by <a href="https://www.reddit.com/user/park_warden/">u/park_warden</a> from discussion <a href="${POST}">New park opens</a><br> in <a href="https://www.reddit.com/r/Eastvale/">Eastvale</a></blockquote>`;
    expect(extractHtmlEmbeds(html).embeds[0]).toMatchObject({
      platform: 'reddit',
      id: 'kx3q9zp',
      url: COMMENT,
      author: { handle: 'park_warden' },
      text: null,
      links: [],
    });
  });

  it('read the older div.reddit-embed in any language of its label', () => {
    const html = `<div class="reddit-embed" data-embed-media="www.redditmedia.com" data-embed-parent="false"><a href="${COMMENT}">Comentário</a> da discussão <a href="${POST}">New park opens</a>.</div>`;
    expect(extractHtmlEmbeds(html).embeds[0]).toMatchObject({ id: 'kx3q9zp', url: COMMENT, text: null, author: { handle: null } });
  });

  it('leave a post embed’s title as its text', () => {
    const html = `<blockquote class="reddit-embed-bq"><a href="${POST}">New park opens</a><br> by <a href="https://www.reddit.com/user/park_warden/">u/park_warden</a> in <a href="https://www.reddit.com/r/Eastvale/">Eastvale</a></blockquote>`;
    expect(extractHtmlEmbeds(html).embeds[0]).toMatchObject({ id: '1abc2de', text: 'New park opens' });
  });

  it('keep parsePermalink’s answer to id, url and handle', () => {
    expect(reddit.parsePermalink(COMMENT)).toEqual({ id: 'kx3q9zp', url: COMMENT, handle: null });
  });
});
