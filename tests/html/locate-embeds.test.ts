import { describe, expect, it } from 'vitest';
import { findEmbedMarkers } from '../../src/html/embed-markers.js';
import { locateEmbeds } from '../../src/html/locate-embeds.js';

const locate = (html: string) => locateEmbeds(html, findEmbedMarkers(html));

/** What a located embed covers, as text, so failures read well. */
const summary = (html: string) =>
  locate(html).map((embed) => ({
    platform: embed.platform.name,
    markup: embed.match.markup,
    root: html.slice(embed.start, embed.end),
    outer: html.slice(embed.outerStart, embed.outerEnd),
    wrapper: embed.wrapper,
  }));

const ID = '1765012345678901234';
const PERMALINK = `https://twitter.com/EastvalePort/status/${ID}`;
const TWEET =
  '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Ferry service resumes at noon. Expect delays on the 12:30 sailing.</p>' +
  `&mdash; Port of Eastvale (@EastvalePort) <a href="${PERMALINK}?ref_src=twsrc%5Etfw">March 5, 2024</a></blockquote>`;
const WIDGETS = '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';

describe('locateEmbeds: extents of the embed root', () => {
  it('spans a publisher blockquote from its < to just past </blockquote>', () => {
    const html = `<p>The port said on Tuesday:</p>${TWEET}${WIDGETS}<p>More to follow.</p>`;
    const [embed, ...rest] = locate(html);
    expect(rest).toEqual([]);
    expect(embed).toMatchObject({
      match: { markup: 'blockquote' },
      start: html.indexOf('<blockquote'),
      end: html.indexOf(WIDGETS),
      wrapper: null,
    });
    expect(embed?.platform.name).toBe('twitter');
    expect(embed?.outerStart).toBe(embed?.start);
    expect(embed?.outerEnd).toBe(embed?.end);
  });

  it('reads tags and class names in any case', () => {
    const html = `<BLOCKQUOTE CLASS="twitter-tweet"><P>Upper-case markup from an old CMS.</P><A HREF="${PERMALINK}">March 5, 2024</A></BLOCKQUOTE>`;
    expect(summary(html)).toEqual([{ platform: 'twitter', markup: 'blockquote', root: html, outer: html, wrapper: null }]);
  });

  it('ends an unclosed embed where an enclosing element closes', () => {
    const html = `<div class="article-body"><blockquote class="twitter-tweet"><p>Never closed</p><a href="${PERMALINK}">March 5, 2024</a></div><p>Article continues.</p>`;
    const [embed] = locate(html);
    expect(embed?.start).toBe(html.indexOf('<blockquote'));
    expect(embed?.end).toBe(html.indexOf('<p>Article'));
  });

  it('runs an embed that never closes to the end of the input', () => {
    const html = `<p>Intro.</p><blockquote class="twitter-tweet"><p>Never closed</p><a href="${PERMALINK}">March 5, 2024</a><p>Rest of the article.</p>`;
    const [embed] = locate(html);
    expect(embed?.start).toBe(13);
    expect(embed?.end).toBe(html.length);
    expect(embed?.outerEnd).toBe(html.length);
  });

  it('ends an unclosed embed blockquote where the next embed blockquote opens, so that post is not swallowed', () => {
    const instagram =
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C3abcDEFghi/" data-instgrm-version="14">' +
      '<p>Harbour lights at dusk</p>';
    const html = `<p>Intro.</p>${instagram}<p>The council met on Monday.</p>${TWEET}<p>Rest of the article.</p>`;
    const found = summary(html);
    expect(found.map((embed) => `${embed.platform}/${embed.markup}`)).toEqual(['instagram/blockquote', 'twitter/blockquote']);
    expect(found[0]?.root).toBe(`${instagram}<p>The council met on Monday.</p>`);
    expect(found[1]?.root).toBe(TWEET);
  });

  it('keeps a placeholder blockquote inside a non-blockquote embed root as part of it', () => {
    // amp-twitter holds its own twitter-tweet blockquote: not a second post.
    const amp = `<amp-twitter data-tweetid="${ID}" layout="responsive"><blockquote placeholder class="twitter-tweet"><a href="${PERMALINK}">March 5, 2024</a>`;
    expect(summary(`${amp}</amp-twitter>`).map((embed) => embed.markup)).toEqual(['amp-twitter']);
  });

  it('spans self-contained forms: iframes, scripts and void placeholders', () => {
    const youtube =
      '<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0" allowfullscreen></iframe>';
    const telegram =
      '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="eastvale_news/4512" data-width="100%"></script>';
    const placeholder = `<div class="tweet-placeholder" data-tweet-id="${ID}"></div>`;
    const html = `<p>a</p>${youtube}<p>b</p>${telegram}<p>c</p>${placeholder}`;
    expect(summary(html).map(({ platform, markup, root }) => ({ platform, markup, root }))).toEqual([
      { platform: 'youtube', markup: 'iframe', root: youtube },
      { platform: 'telegram', markup: 'telegram', root: telegram },
      { platform: 'twitter', markup: 'div-data-tweet-id', root: placeholder },
    ]);
  });

  it('asks only the tags that hold a marker', () => {
    expect(locateEmbeds(TWEET, [])).toEqual([]);
    expect(locateEmbeds(TWEET, findEmbedMarkers(TWEET))).toHaveLength(1);
  });
});

describe('locateEmbeds: CMS wrappers', () => {
  it('takes a WordPress figure holding only the embed as the wrapper', () => {
    const figure = `<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\n${TWEET}\n${WIDGETS}\n</div></figure>`;
    const html = `<p>Intro.</p>\n${figure}\n<p>After.</p>`;
    const [embed] = locate(html);
    expect(html.slice(embed?.start, embed?.end)).toBe(TWEET);
    expect(embed?.outerStart).toBe(html.indexOf('<figure'));
    expect(embed?.outerEnd).toBe(html.indexOf('</figure>') + '</figure>'.length);
    expect(embed?.wrapper).toBe('figure.wp-block-embed.is-type-rich.is-provider-twitter.wp-block-embed-twitter');
  });

  it('takes a div.embed-twitter holding only the embed and its script as the wrapper', () => {
    const wrapper = `<div class="embed-twitter">\n  ${TWEET}\n  ${WIDGETS}\n</div>`;
    const html = `<p>Intro.</p>${wrapper}<p>After.</p>`;
    expect(summary(html)).toEqual([
      { platform: 'twitter', markup: 'blockquote', root: TWEET, outer: wrapper, wrapper: 'div.embed-twitter' },
    ]);
  });

  it('takes a wrapper whose only other content is written spaces (&nbsp;, &#160;, zero-width)', () => {
    const wrapper = `<div class="embed-twitter">&nbsp;${TWEET}&#160;&#x200B;\n${WIDGETS}&NBSP;</div>`;
    const html = `<p>Intro.</p>${wrapper}<p>After.</p>`;
    expect(summary(html)).toEqual([
      { platform: 'twitter', markup: 'blockquote', root: TWEET, outer: wrapper, wrapper: 'div.embed-twitter' },
    ]);
  });

  it('still takes no wrapper when an entity writes a visible character beside the embed', () => {
    const html = `<div class="embed-twitter">&amp;${TWEET}</div>`;
    expect(summary(html)).toEqual([{ platform: 'twitter', markup: 'blockquote', root: TWEET, outer: TWEET, wrapper: null }]);
  });

  it('takes no wrapper when the wrapper-like div also holds article text', () => {
    const html = `<div class="embed-twitter"><p>The port said in a statement:</p>${TWEET}</div>`;
    expect(summary(html)).toEqual([{ platform: 'twitter', markup: 'blockquote', root: TWEET, outer: TWEET, wrapper: null }]);
  });

  it('takes no wrapper when the wrapper holds two embeds', () => {
    const second = TWEET.replace(ID, '1765012345678909999');
    const html = `<div class="social-embeds">${TWEET}${second}</div>`;
    expect(summary(html).map((embed) => [embed.outer, embed.wrapper])).toEqual([
      [TWEET, null],
      [second, null],
    ]);
  });

  it('judges a wrapper by all the text inside it, at any depth, before and after the embed', () => {
    const before = `<div class="embed-twitter"><div><p>Caption</p></div>${TWEET}</div>`;
    const after = `<div class="embed-twitter">${TWEET}<div><span> </span><p>Credit: port</p></div></div>`;
    const spaces = `<div class="embed-twitter"><div> &nbsp; </div>${TWEET}<div><span> </span></div></div>`;
    expect(summary(before)).toMatchObject([{ outer: TWEET, wrapper: null }]);
    expect(summary(after)).toMatchObject([{ outer: TWEET, wrapper: null }]);
    expect(summary(spaces)).toMatchObject([{ outer: spaces, wrapper: 'div.embed-twitter' }]);
  });

  it('takes the wrapper of a class-stripped blockquote: the quote is the embed, not text beside it', () => {
    const quote = `<blockquote><p>Ferry service resumes at noon.</p>&mdash; Port of Eastvale (@EastvalePort) <a href="${PERMALINK}">March 5, 2024</a></blockquote>`;
    const wrapper = `<div class="embed-twitter">${quote}</div>`;
    expect(summary(`<p>Intro.</p>${wrapper}<p>After.</p>`)).toMatchObject([
      { markup: 'blockquote-noclass', root: quote, outer: wrapper, wrapper: 'div.embed-twitter' },
    ]);
  });

  it('does not count a URL embed as text beside a later embed, nor an embed beside a URL embed', () => {
    const url = `<div class="embed-twitter">${PERMALINK}</div>`;
    const html = `<div class="social-embed">${url}${TWEET}</div>`;
    // The outer div holds two embeds, so it wraps neither; the URL's own wrapper is its root.
    expect(summary(html)).toMatchObject([
      { markup: 'url', outer: url, wrapper: 'div.embed-twitter' },
      { markup: 'blockquote', outer: TWEET, wrapper: null },
    ]);
  });

  it('falls back to the inner wrapper when the figure has a caption', () => {
    const inner = `<div class="wp-block-embed__wrapper">${TWEET}</div>`;
    const html = `<figure class="wp-block-embed wp-block-embed-twitter">${inner}<figcaption>The port announced the reopening on Tuesday.</figcaption></figure>`;
    expect(summary(html)).toEqual([
      { platform: 'twitter', markup: 'blockquote', root: TWEET, outer: inner, wrapper: 'div.wp-block-embed__wrapper' },
    ]);
  });

  it('does not climb past an element that is not a wrapper', () => {
    const figure = `<figure class="wp-block-embed-twitter"><div class="wp-block-embed__wrapper">${TWEET}</div></figure>`;
    const html = `<div class="post-body">${figure}</div>`;
    expect(summary(html)[0]?.outer).toBe(figure);
  });

  it('climbs at most three levels', () => {
    const levels = `<div class="embed"><div class="tweet"><div class="twitter">${TWEET}</div></div></div>`;
    const html = `<div class="social">${levels}</div>`;
    expect(summary(html)[0]).toMatchObject({ outer: levels, wrapper: 'div.embed' });
  });

  it('wraps other platforms too', () => {
    const iframe = '<iframe title="Council meeting" src="https://www.youtube.com/embed/dQw4w9WgXcQ" allowfullscreen></iframe>';
    const figure = `<figure class="wp-block-embed is-type-video wp-block-embed-youtube"><div class="wp-block-embed__wrapper">\n${iframe}\n</div></figure>`;
    expect(summary(`<p>Watch:</p>${figure}`)).toEqual([
      {
        platform: 'youtube',
        markup: 'iframe',
        root: iframe,
        outer: figure,
        wrapper: 'figure.wp-block-embed.is-type-video.wp-block-embed-youtube',
      },
    ]);
  });
});

describe('locateEmbeds: the url form', () => {
  it('finds a wrapper holding only a bare status URL', () => {
    const figure = `<figure class="wp-block-embed-twitter">\n${PERMALINK}\n</figure>`;
    const html = `<p>Intro.</p>${figure}<p>After.</p>`;
    const [embed, ...rest] = locate(html);
    expect(rest).toEqual([]);
    expect(embed?.platform.name).toBe('twitter');
    expect(embed?.match).toEqual({ markup: 'url' });
    expect(embed?.bareUrl).toBe(PERMALINK);
    expect(html.slice(embed?.start, embed?.end)).toBe(figure);
    expect(embed?.wrapper).toBe('figure.wp-block-embed-twitter');
  });

  it('finds the bare URL inside a paragraph of the wrapper', () => {
    const wrapper = `<div class="embed-twitter"><p>${PERMALINK}?s=20</p></div>`;
    const [embed] = locate(wrapper);
    expect(embed).toMatchObject({
      match: { markup: 'url' },
      start: 0,
      end: wrapper.length,
      bareUrl: `${PERMALINK}?s=20`,
      wrapper: 'div.embed-twitter',
    });
  });

  it('finds the URL form of WordPress, whose figure holds a wrapper div holding the URL', () => {
    const html = `<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\n${PERMALINK}\n</div></figure>`;
    const [embed, ...rest] = locate(html);
    expect(rest).toEqual([]);
    expect(embed).toMatchObject({ match: { markup: 'url' }, bareUrl: PERMALINK });
  });

  // README: `source` spans "the CMS wrapper (`figure.wp-block-embed-*`, …) when it holds this embed
  // and nothing else". The URL the embed is made of is not text beside it.
  it('spans the WordPress figure of the URL form', () => {
    const figure = `<figure class="wp-block-embed is-type-rich is-provider-twitter wp-block-embed-twitter"><div class="wp-block-embed__wrapper">\n${PERMALINK}\n</div></figure>`;
    const html = `<p>Intro.</p>${figure}<p>After.</p>`;
    const [embed] = locate(html);
    expect(html.slice(embed?.outerStart, embed?.outerEnd)).toBe(figure);
  });

  it('needs a wrapper class and no other text', () => {
    expect(locate(`<p>See ${PERMALINK} for the full statement.</p>`)).toEqual([]);
    expect(locate(`<div class="embed">Read ${PERMALINK} now, the port said.</div>`)).toEqual([]);
    expect(locate(`<div class="embed">https://example.com/news/status/12345</div>`)).toEqual([]);
  });

  it('finds bare URLs of other platforms', () => {
    const html =
      '<figure class="wp-block-embed-instagram"><div class="wp-block-embed__wrapper">\nhttps://www.instagram.com/p/C3abcDEFghi/\n</div></figure>';
    expect(locate(html).map((embed) => [embed.platform.name, embed.match.markup, embed.bareUrl])).toEqual([
      ['instagram', 'url', 'https://www.instagram.com/p/C3abcDEFghi/'],
    ]);
  });
});

describe('locateEmbeds: class-stripped blockquotes', () => {
  it('takes a classless blockquote holding a status link as blockquote-noclass', () => {
    const quote = `<blockquote><p>Ferry service resumes at noon.</p>&mdash; Port of Eastvale (@EastvalePort) <a href="${PERMALINK}">March 5, 2024</a></blockquote>`;
    const html = `<p>Intro.</p>${quote}<p>After.</p>`;
    expect(summary(html)).toEqual([{ platform: 'twitter', markup: 'blockquote-noclass', root: quote, outer: quote, wrapper: null }]);
  });

  it('finds the link however deep inside the blockquote', () => {
    const quote = `<blockquote><div><p>Roads reopen. <a href="https://x.com/EastvalePD/status/${ID}">March 5, 2024</a></p></div></blockquote>`;
    expect(summary(quote)).toMatchObject([{ markup: 'blockquote-noclass', root: quote }]);
  });

  it('leaves editorial quotes, classed blockquotes and other links alone', () => {
    expect(locate('<blockquote><p>We will rebuild the pier, the minister said.</p></blockquote>')).toEqual([]);
    expect(locate(`<blockquote class="pullquote"><p>x</p><a href="${PERMALINK}">March 5, 2024</a></blockquote>`)).toEqual([]);
    expect(locate(`<blockquote><a href="https://example.com/status/${ID}">x</a></blockquote>`)).toEqual([]);
    expect(locate('<blockquote><a href="https://www.instagram.com/p/C3abcDEFghi/">x</a></blockquote>')).toEqual([]);
    expect(locate(`<p><a href="${PERMALINK}">A status link in running text</a></p>`)).toEqual([]);
  });
});

describe('locateEmbeds: what is not markup', () => {
  it('finds nothing inside <script>', () => {
    const html = `<script>var embed = '${TWEET.replace(/'/g, "\\'")}';</script><p>Text.</p>`;
    expect(locate(html)).toEqual([]);
  });

  it('finds nothing inside <style> or <textarea>', () => {
    expect(locate('<style>.twitter-tweet { margin: 0 auto; } blockquote.instagram-media { width: 100% }</style><p>x</p>')).toEqual([]);
    expect(locate(`<textarea readonly>${TWEET}</textarea><p>Copy the code above.</p>`)).toEqual([]);
  });

  it('finds nothing inside comments', () => {
    expect(locate(`<p>a</p><!-- ${TWEET} --><p>b</p>`)).toEqual([]);
    expect(locate(`<!-- wp:embed {"url":"${PERMALINK}","providerNameSlug":"twitter"} --><p>b</p>`)).toEqual([]);
  });

  it('finds the embed after a comment and after IE conditional comments', () => {
    const html = `<p>a</p><!--[if !IE]><!--><p>b</p><!--<![endif]-->${TWEET}`;
    expect(summary(html).map((embed) => embed.root)).toEqual([TWEET]);
  });

  it('finds nothing in attribute values other than identifying ones', () => {
    const escaped = TWEET.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    expect(locate(`<div class="lazy-embed" data-embed="${escaped}">Loading…</div>`)).toEqual([]);
    expect(locate(`<div title='<blockquote class="twitter-tweet">'>text</div>`)).toEqual([]);
    expect(locate(`<img alt="twitter-tweet" src="${PERMALINK}/photo/1">`)).toEqual([]);
    expect(locate(`<a class="twitter-tweet" href="${PERMALINK}">Read the post</a>`)).toEqual([]);
  });

  it('still finds the embed that follows such an attribute', () => {
    const html = `<div title='<blockquote class="twitter-tweet">'>text</div>${TWEET}`;
    expect(summary(html).map((embed) => embed.root)).toEqual([TWEET]);
  });
});

describe('locateEmbeds: nesting and order', () => {
  it('reports a rendered div with its iframe once, as the div', () => {
    const rendered =
      '<div class="twitter-tweet twitter-tweet-rendered" style="display: flex; max-width: 550px;">' +
      `<iframe id="twitter-widget-0" title="X Post" src="https://platform.twitter.com/embed/Tweet.html?dnt=false&amp;id=${ID}" data-tweet-id="${ID}"></iframe></div>`;
    expect(summary(rendered)).toEqual([{ platform: 'twitter', markup: 'rendered-iframe', root: rendered, outer: rendered, wrapper: null }]);
  });

  it('reports amp-twitter with its placeholder blockquote once', () => {
    const amp = `<amp-twitter data-tweetid="${ID}" width="375" height="472" layout="responsive"><blockquote placeholder class="twitter-tweet"><a href="${PERMALINK}">March 5, 2024</a></blockquote></amp-twitter>`;
    expect(summary(amp)).toEqual([{ platform: 'twitter', markup: 'amp-twitter', root: amp, outer: amp, wrapper: null }]);
  });

  it('returns embeds of several platforms in document order', () => {
    const html = [
      `<div data-tweet-id="${ID}"></div>`,
      '<figure class="wp-block-embed-instagram"><div class="wp-block-embed__wrapper">https://www.instagram.com/p/C3abcDEFghi/</div></figure>',
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>',
      TWEET,
      '<script async src="https://telegram.org/js/telegram-widget.js?22" data-telegram-post="eastvale_news/4512"></script>',
    ].join('\n<p>Paragraph between embeds.</p>\n');
    const found = locate(html);
    expect(found.map((embed) => `${embed.platform.name}/${embed.match.markup}`)).toEqual([
      'twitter/div-data-tweet-id',
      'instagram/url',
      'youtube/iframe',
      'twitter/blockquote',
      'telegram/telegram',
    ]);
    const starts = found.map((embed) => embed.start);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('stays linear on deep hostile nesting', () => {
    const html = `${'<div class="embed">'.repeat(20_000)}${TWEET}${'</div>'.repeat(20_000)}`;
    const started = performance.now();
    const found = locate(html);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(found).toHaveLength(1);
    expect(html.slice(found[0]?.start, found[0]?.end)).toBe(TWEET);
  });
});
