import { describe, expect, it } from 'vitest';
import { extractHtmlEmbeds } from '../../../src/html/html-embeds.js';
import { htmlTag } from '../../../src/kit/index.js';
import { isSubstackCard } from '../../../src/platforms/twitter/substack-card.js';

const ID = '1752781230456789012';
const STATUS = `https://twitter.com/BrackenRangers/status/${ID}`;

/** Substack's card as it renders a tweet; `open` is the card's start tag. */
function card(open: string, text = 'Path shut until the cliff edge is safe. Thanks @wardlow_vols #BrackenCoast'): string {
  return `${open}<a class="tweet-link-top" href="${STATUS}" target="_blank"><div class="tweet-header"><img class="tweet-header-avatar" src="https://substackcdn.com/image/twitter_name/w_96/BrackenRangers.jpg" alt="Twitter avatar for @BrackenRangers" loading="lazy"><div class="tweet-header-text"><span class="tweet-author-name">Bracken Coast Rangers </span><span class="tweet-author-handle">@BrackenRangers</span></div></div><div class="tweet-text">${text}</div></a><a class="tweet-link-bottom" href="${STATUS}" target="_blank"><div class="tweet-footer"><span class="tweet-date">7:49 PM ∙ Jan 31, 2024</span><hr><div class="tweet-ufi"><span class="likes"><span class="like-count">212</span>Likes</span></div></div></a></div>`;
}

describe('isSubstackCard', () => {
  it('takes a div.tweet with Substack’s data attributes, and no other div.tweet', () => {
    const tag = (attributes: [string, string][]) => htmlTag('div', new Map(attributes));
    expect(
      isSubstackCard(
        tag([
          ['class', 'tweet'],
          ['data-component-name', 'Twitter2ToDOM'],
        ]),
      ),
    ).toBe(true);
    expect(
      isSubstackCard(
        tag([
          ['class', 'tweet'],
          ['data-attrs', '{"url":"x"}'],
        ]),
      ),
    ).toBe(true);
    expect(isSubstackCard(tag([['class', 'tweet']]))).toBe(false);
    expect(
      isSubstackCard(
        tag([
          ['class', 'tweet-text'],
          ['data-attrs', '{}'],
        ]),
      ),
    ).toBe(false);
  });
});

describe('a Substack tweet card in a page', () => {
  it('gives the tweet: name, handle, text, date as shown, permalink, time from the id', () => {
    const html = `<p>Before.</p>${card('<div class="tweet" data-attrs="{&quot;url&quot;:&quot;x&quot;}" data-component-name="Twitter2ToDOM">')}<p>After.</p>`;
    const [record] = extractHtmlEmbeds(html).embeds;
    expect(record).toMatchObject({
      platform: 'twitter',
      id: ID,
      url: STATUS,
      author: { name: 'Bracken Coast Rangers', handle: 'BrackenRangers' },
      text: 'Path shut until the cliff edge is safe. Thanks @wardlow_vols #BrackenCoast',
      dateText: '7:49 PM ∙ Jan 31, 2024',
      publishedAt: '2024-01-31T19:49:45.098Z',
      mentions: ['wardlow_vols'],
      hashtags: ['BrackenCoast'],
      source: { markup: 'substack-tweet' },
    });
    expect(html.slice(record?.source.start, record?.source.end)).toMatch(/^<div class="tweet"[\s\S]*<\/div>$/);
  });

  it('leaves a site’s plain div.tweet wrapper to the blockquote inside it', () => {
    const html = `<div class="tweet"><blockquote class="twitter-tweet"><p>Hi</p>&mdash; Ana (@ana) <a href="https://twitter.com/ana/status/${ID}">January 31, 2024</a></blockquote></div>`;
    expect(extractHtmlEmbeds(html).embeds[0]).toMatchObject({ text: 'Hi', source: { markup: 'blockquote' } });
  });
});
