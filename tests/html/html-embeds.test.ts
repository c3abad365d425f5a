import { describe, expect, it } from 'vitest';
import { extractHtmlEmbeds } from '../../src/html/html-embeds.js';

const ID = '1765012345678901234'; // 2024-03-05T13:51:50.210Z
const OTHER_ID = '1765098765432109876';

const tweet = (id = ID, date = 'March 5, 2024', attributes = '') =>
  `<blockquote class="twitter-tweet" data-lang="en"${attributes}><p lang="en" dir="ltr">Ferry service resumes at noon. <a href="https://twitter.com/hashtag/Eastvale?src=hash&amp;ref_src=twsrc%5Etfw">#Eastvale</a></p>` +
  `&mdash; Port of Eastvale (@EastvalePort) <a href="https://twitter.com/EastvalePort/status/${id}?ref_src=twsrc%5Etfw">${date}</a></blockquote>`;

const rendered = (id = ID) =>
  '<div class="twitter-tweet twitter-tweet-rendered" style="display: flex; max-width: 550px; width: 100%; margin-top: 10px;">' +
  `<iframe id="twitter-widget-0" scrolling="no" frameborder="0" allowtransparency="true" allowfullscreen="true" title="X Post" ` +
  `src="https://platform.twitter.com/embed/Tweet.html?dnt=false&amp;embedId=twitter-widget-0&amp;id=${id}&amp;lang=en" data-tweet-id="${id}"></iframe></div>`;

const hidden = (id = ID) => tweet(id, 'March 5, 2024', ' style="display: none;" data-twitter-extracted-i1709646710210="true"');

describe('extractHtmlEmbeds: a publisher blockquote', () => {
  it('reads the post, its date from the id, and its source', () => {
    const html = `<p>The port confirmed the news.</p>${tweet()}<p>More later.</p>`;
    const { embeds, diagnostics } = extractHtmlEmbeds(html);
    expect(diagnostics).toEqual([]);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({
      platform: 'twitter',
      id: ID,
      url: `https://twitter.com/EastvalePort/status/${ID}`,
      author: { name: 'Port of Eastvale', handle: 'EastvalePort', url: 'https://twitter.com/EastvalePort' },
      text: 'Ferry service resumes at noon. #Eastvale',
      lang: 'en',
      publishedAt: '2024-03-05T13:51:50.210Z',
      dateText: 'March 5, 2024',
      hashtags: ['Eastvale'],
      source: { format: 'html', start: html.indexOf('<blockquote'), end: html.indexOf('<p>More'), markup: 'blockquote' },
    });
  });

  it('finds nothing, and parses nothing, in a page without markers', () => {
    expect(extractHtmlEmbeds('<p>The port posted an update on social media this morning.</p>')).toEqual({
      embeds: [],
      diagnostics: [],
      cutAt: null,
    });
  });
});

describe('extractHtmlEmbeds: rendered twins', () => {
  it('merges a rendered div and the hidden blockquote of the same post into one record', () => {
    const html = `<p>Intro.</p>${rendered()}${hidden()}<p>After.</p>`;
    const { embeds, diagnostics } = extractHtmlEmbeds(html);
    expect(diagnostics).toEqual([]);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({
      id: ID,
      text: 'Ferry service resumes at noon. #Eastvale',
      author: { name: 'Port of Eastvale', handle: 'EastvalePort' },
      dateText: 'March 5, 2024',
      source: { format: 'html', start: html.indexOf('<div'), end: html.indexOf('<p>After'), markup: 'blockquote' },
    });
  });

  it('merges them in either order', () => {
    const html = `${hidden()}\n${rendered()}`;
    const { embeds } = extractHtmlEmbeds(html);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({
      id: ID,
      text: 'Ferry service resumes at noon. #Eastvale',
      source: { start: 0, end: html.length, markup: 'blockquote' },
    });
  });

  it('keeps two blockquotes of the same post as two records', () => {
    const html = `${tweet()}<p>The port repeated the message later.</p>${tweet()}`;
    const { embeds } = extractHtmlEmbeds(html);
    expect(embeds.map((embed) => [embed.id, embed.source.markup, embed.source.start])).toEqual([
      [ID, 'blockquote', 0],
      [ID, 'blockquote', html.lastIndexOf('<blockquote')],
    ]);
  });

  it('does not merge a rendered div and a blockquote of different posts', () => {
    const html = `${rendered(OTHER_ID)}${tweet()}`;
    const { embeds } = extractHtmlEmbeds(html);
    expect(embeds.map((embed) => [embed.id, embed.source.markup, embed.text])).toEqual([
      [OTHER_ID, 'rendered-iframe', null],
      [ID, 'blockquote', 'Ferry service resumes at noon. #Eastvale'],
    ]);
  });

  it('keeps a rendered div without a twin: id and time, no text', () => {
    const html = rendered();
    const { embeds } = extractHtmlEmbeds(html);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({
      id: ID,
      text: null,
      url: null,
      publishedAt: '2024-03-05T13:51:50.210Z',
      source: { start: 0, end: html.length, markup: 'rendered-iframe' },
    });
  });
});

describe('extractHtmlEmbeds: dates', () => {
  it('writes the id time at the offset that puts it on the written day', () => {
    const { embeds, diagnostics } = extractHtmlEmbeds(tweet(ID, 'March 6, 2024'));
    expect(diagnostics).toEqual([]);
    expect(embeds[0]?.publishedAt).toBe('2024-03-06T00:51:50.210+11:00');
  });

  it('reads the date in the embed data-lang', () => {
    const html = tweet(ID, '5. März 2024').replace('data-lang="en"', 'data-lang="de"');
    const { embeds, diagnostics } = extractHtmlEmbeds(html);
    expect(diagnostics).toEqual([]);
    expect(embeds[0]).toMatchObject({ dateText: '5. März 2024', publishedAt: '2024-03-05T13:51:50.210Z' });
  });

  it('warns when the written date is far from the id time, and follows the id', () => {
    const html = `<p>Intro.</p>${tweet(ID, 'March 9, 2024')}`;
    const { embeds, diagnostics } = extractHtmlEmbeds(html);
    expect(embeds[0]).toMatchObject({ id: ID, dateText: 'March 9, 2024', publishedAt: '2024-03-05T13:51:50.210Z' });
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'date-mismatch',
      severity: 'warning',
      start: html.indexOf('<blockquote'),
      end: html.length,
    });
    expect(diagnostics[0]?.message).toContain('March 9, 2024');
  });

  it('reports a date in no known form and still dates the post from its id', () => {
    const { embeds, diagnostics } = extractHtmlEmbeds(tweet(ID, 'sometime last week'));
    expect(embeds[0]).toMatchObject({ dateText: 'sometime last week', publishedAt: '2024-03-05T13:51:50.210Z' });
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['unknown-date']);
  });
});

describe('extractHtmlEmbeds: rejected and incomplete embeds', () => {
  it('rejects an empty rendered div with an info diagnostic', () => {
    const empty = '<div class="twitter-tweet twitter-tweet-rendered" style="display: flex; max-width: 550px;"></div>';
    const html = `<p>Intro.</p>${empty}<p>After.</p>`;
    const { embeds, diagnostics } = extractHtmlEmbeds(html);
    expect(embeds).toEqual([]);
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'rejected-embed', severity: 'info', start: html.indexOf('<div'), end: html.indexOf('<p>After') }),
    ]);
  });

  it('reads the head of an unclosed embed longer than 256 KB and warns', () => {
    const paragraphs = Array.from(
      { length: 4000 },
      (_, k) => `<p>Paragraph ${k} of the article, which the CMS left inside the embed.</p>`,
    ).join('\n');
    const start = '<p>Intro.</p>'.length;
    const html = `<p>Intro.</p>${tweet().replace('</blockquote>', '')}${paragraphs}`;
    expect(html.length - start).toBeGreaterThan(262_144);
    const started = performance.now();
    const { embeds, diagnostics } = extractHtmlEmbeds(html);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({ id: ID, source: { start, end: html.length, markup: 'blockquote' } });
    const truncated = diagnostics.filter((diagnostic) => diagnostic.code === 'truncated');
    expect(truncated).toEqual([expect.objectContaining({ severity: 'warning', start, end: html.length })]);
    expect(truncated[0]?.message).toContain('262144');
  });

  it('does not warn about an embed just under the limit', () => {
    const filler = 'x'.repeat(200_000);
    const html = tweet().replace('Ferry service resumes at noon.', `Ferry service resumes at noon. <span style="${filler}"></span>`);
    const { diagnostics } = extractHtmlEmbeds(html);
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'truncated')).toEqual([]);
  });
});

describe('extractHtmlEmbeds: flattened posts', () => {
  it('finds a flattened `— Name (@handle) Date` paragraph outside any embed', () => {
    const html =
      '<p>The police wrote on social media:</p>' +
      '<p>Roads around the harbour are closed until further notice.</p>' +
      '<p>— Eastvale Police (@EastvalePD) March 5, 2024</p>' +
      '<p>Drivers were asked to avoid the area.</p>';
    const { embeds } = extractHtmlEmbeds(html);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({
      platform: 'twitter',
      id: null,
      author: { name: 'Eastvale Police', handle: 'EastvalePD' },
      text: 'Roads around the harbour are closed until further notice.',
      publishedAt: '2024-03-05',
      source: { format: 'html', markup: 'flattened-signature' },
    });
    const source = embeds[0]?.source;
    expect(html.slice(source?.start, source?.end)).toContain('Roads around the harbour');
    expect(html.slice(source?.start, source?.end)).toContain('March 5, 2024');
  });

  it('does not read an embed a second time as a flattened post, and keeps document order', () => {
    const html = `<p>Roads are closed.</p><p>— Eastvale Police (@EastvalePD) March 4, 2024</p>${tweet()}`;
    const { embeds } = extractHtmlEmbeds(html);
    expect(embeds.map((embed) => embed.source.markup)).toEqual(['flattened-signature', 'blockquote']);
  });

  it('finds a flattened post after embeds whose own signatures hold `(@`', () => {
    const html = `${tweet()}<p>Roads are closed.</p>${tweet(OTHER_ID)}<p>Roads are closed.</p><p>— Eastvale Police (@EastvalePD) March 4, 2024</p>`;
    const { embeds } = extractHtmlEmbeds(html);
    expect(embeds.map((embed) => embed.source.markup)).toEqual(['blockquote', 'blockquote', 'flattened-signature']);
    expect(embeds[2]?.author.handle).toBe('EastvalePD');
  });

  it('drops no flattened post when every signature is inside an embed (the embeds are not read again as text)', () => {
    const html = `${tweet()}<p>Roads are closed.</p>${tweet(OTHER_ID)}`;
    const { embeds, cutAt } = extractHtmlEmbeds(html, { maxRecords: 1, maxTextLength: 10_000 });
    // Markup embeds are capped later, by the caller; no flattened post was found, so none was dropped.
    expect(cutAt).toBeNull();
    expect(embeds).toHaveLength(2);
  });

  it('does not take a byline for a post', () => {
    const html = '<p class="byline">By Jane Doe (@janedoe), March 5, 2024</p><p>The council met on Tuesday.</p>';
    expect(extractHtmlEmbeds(html).embeds).toEqual([]);
  });
});

describe('partial embeds', () => {
  it('give a partial record and a missing-date diagnostic when the attribution lost its date', () => {
    const html =
      '<blockquote class="twitter-tweet"><p lang="en">Ferry back on schedule.</p>&mdash; Port of Eastvale (@EastvalePort)</blockquote>';
    const { embeds, diagnostics } = extractHtmlEmbeds(html);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({ text: 'Ferry back on schedule.', author: { handle: 'EastvalePort' }, id: null, publishedAt: null });
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('missing-date');
  });
});
