/**
 * `convertArticle` on small invented articles, one behaviour per test, and over every extractor
 * fixture: remove leaves no embed, markers land where the placements say, keep changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertArticle } from '../../src/convert/index.js';
import { extractEmbeds } from '../../src/extract/index.js';

const POST_A = 'Ferry back on time today, thank you crew! pic.twitter.com/Xa12Bc34De — Ana Lowry (@analowry) May 3, 2024';
const POST_B = 'Queue at the terminal is down to ten minutes now. — Port of Selsey (@SelseyPort) May 3, 2024';
const TWEET_HTML =
  '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">Ferry back on time today</p>&mdash; Ana Lowry (@analowry) <a href="https://twitter.com/analowry/status/1786301234567890123?ref_src=twsrc%5Etfw">May 3, 2024</a></blockquote>';
const WIDGET = '<script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>';

describe('text: remove', () => {
  it('an embed between paragraphs leaves the article paragraph gap', () => {
    const input = `Services resumed at dawn.\n\n${POST_A}\n\nThe operator apologised.\n`;
    expect(convertArticle(input, { embeds: 'remove' }).output).toBe('Services resumed at dawn.\n\nThe operator apologised.\n');
  });

  it('wire-copy layout (single line breaks) keeps single line breaks', () => {
    const input = `Services resumed at dawn.\n${POST_A}\nThe operator apologised.\n`;
    expect(convertArticle(input, { embeds: 'remove' }).output).toBe('Services resumed at dawn.\nThe operator apologised.\n');
  });

  it('keeps CRLF line breaks', () => {
    const input = `Services resumed at dawn.\r\n\r\n${POST_A}\r\n\r\nThe operator apologised.\r\n`;
    expect(convertArticle(input, { embeds: 'remove' }).output).toBe('Services resumed at dawn.\r\n\r\nThe operator apologised.\r\n');
  });

  it('an embed opening the article leaves no leading blank line', () => {
    expect(convertArticle(`${POST_A}\n\nThe operator apologised.\n`, { embeds: 'remove' }).output).toBe('The operator apologised.\n');
  });

  it('an embed closing the article leaves no trailing blank line, only the final line break', () => {
    expect(convertArticle(`Services resumed.\n\n${POST_A}\n`, { embeds: 'remove' }).output).toBe('Services resumed.\n');
    expect(convertArticle(`Services resumed.\n\n${POST_A}`, { embeds: 'remove' }).output).toBe('Services resumed.');
  });

  it('back-to-back embeds go as one stretch', () => {
    const input = `Services resumed.\n\n${POST_A}\n\n${POST_B}\n\nThe operator apologised.\n`;
    const result = convertArticle(input, { embeds: 'remove' });
    expect(result.embeds).toHaveLength(2);
    expect(result.output).toBe('Services resumed.\n\nThe operator apologised.\n');
  });

  it('two embeds on one line go with the space between them', () => {
    const input = `Services resumed.\n\n${POST_A} ${POST_B}\n\nThe operator apologised.\n`;
    const result = convertArticle(input, { embeds: 'remove' });
    expect(result.embeds).toHaveLength(2);
    expect(result.output).toBe('Services resumed.\n\nThe operator apologised.\n');
  });

  it('article text after the signature on the same line keeps its place without a leading space', () => {
    const input = `Services resumed.\n\n${POST_A} The operator apologised.\n`;
    expect(convertArticle(input, { embeds: 'remove' }).output).toBe('Services resumed.\n\nThe operator apologised.\n');
  });

  it('a whole article that is one embed becomes empty', () => {
    expect(convertArticle(`${POST_A}\n`, { embeds: 'remove' }).output).toBe('');
  });

  it('places each removed embed at the point where it was cut', () => {
    const input = `Services resumed.\n\n${POST_A}\n\nThe operator apologised.\n`;
    const { output, placements } = convertArticle(input, { embeds: 'remove' });
    expect(placements).toEqual([{ start: 17, end: 17 }]);
    expect(output.slice(0, 17)).toBe('Services resumed.');
  });
});

describe('text: marker', () => {
  const input = `Services resumed.\n\n${POST_A}\n\n${POST_B}\n\nThe operator apologised.\n`;

  it('the default marker names platform and handle (no id in flattened text)', () => {
    expect(convertArticle(input, { embeds: 'marker' }).output).toBe(
      'Services resumed.\n\n[embed twitter @analowry]\n\n[embed twitter @SelseyPort]\n\nThe operator apologised.\n',
    );
  });

  it('the default marker adds the id when known', () => {
    const url = 'https://twitter.com/SelseyPort/status/1786309876543210987';
    expect(convertArticle(`Updates:\n\n${url}\n`, { embeds: 'marker' }).output).toBe(
      'Updates:\n\n[embed twitter @SelseyPort 1786309876543210987]\n',
    );
  });

  it('a template function gets the record and its index', () => {
    const { output, placements } = convertArticle(input, {
      embeds: 'marker',
      marker: (record, index) => `<<post ${index} by ${record.author.name ?? '?'}>>`,
    });
    expect(output).toBe('Services resumed.\n\n<<post 0 by Ana Lowry>>\n\n<<post 1 by Port of Selsey>>\n\nThe operator apologised.\n');
    expect(output.slice(placements[1]!.start, placements[1]!.end)).toBe('<<post 1 by Port of Selsey>>');
  });

  it('a template string fills {platform} {handle} {name} {id} {url} {date} {index}, null as empty', () => {
    const { output } = convertArticle(input, { embeds: 'marker', marker: '({index}:{platform}:{handle}:{name}:{id}:{url}:{date})' });
    expect(output).toContain('(1:twitter:analowry:Ana Lowry:::May 3, 2024)');
    expect(output).toContain('(2:twitter:SelseyPort:Port of Selsey:::May 3, 2024)');
  });

  it('a template function that returns no string is a TypeError', () => {
    expect(() => convertArticle(input, { embeds: 'marker', marker: (() => 42) as never })).toThrow(TypeError);
  });
});

describe('text: keep', () => {
  it('returns the input unchanged, with the records', () => {
    const input = `Services resumed.\n\n${POST_A}\n`;
    const result = convertArticle(input, { embeds: 'keep' });
    expect(result.output).toBe(input);
    expect(result.embeds.map((record) => record.author.handle)).toEqual(['analowry']);
    expect(result.format).toBe('text');
  });
});

describe('html', () => {
  it('remove: the widget script right after the blockquote goes too', () => {
    const input = `<p>Services resumed.</p>\n${TWEET_HTML}\n${WIDGET}\n<p>The operator apologised.</p>\n`;
    expect(convertArticle(input, { embeds: 'remove' }).output).toBe('<p>Services resumed.</p>\n<p>The operator apologised.</p>\n');
  });

  it('remove: an embed <p> that becomes empty goes; a <p> with text stays', () => {
    const input = `<p>Services resumed.</p>\n<p>\n  ${TWEET_HTML}\n</p>\n<p>The operator apologised.</p>`;
    expect(convertArticle(input, { embeds: 'remove' }).output).toBe('<p>Services resumed.</p>\n<p>The operator apologised.</p>');
    const withText = `<p>Services resumed. ${TWEET_HTML}</p>`;
    expect(convertArticle(withText, { embeds: 'remove' }).output).toBe('<p>Services resumed.</p>');
  });

  it('remove: a wrapper that also holds a caption stays', () => {
    const input = `<p>Intro.</p>\n<figure class="photo">${TWEET_HTML}<figcaption>The ferry</figcaption></figure>\n<p>End.</p>`;
    const { output } = convertArticle(input, { embeds: 'remove' });
    expect(output).toBe('<p>Intro.</p>\n<figure class="photo"><figcaption>The ferry</figcaption></figure>\n<p>End.</p>');
  });

  it('remove: a site script after the embed is not a widget script and stays', () => {
    const input = `<p>Intro.</p>\n${TWEET_HTML}\n<script src="/static/js/site.js"></script>\n<p>End.</p>`;
    expect(convertArticle(input, { embeds: 'remove' }).output).toBe(
      '<p>Intro.</p>\n<script src="/static/js/site.js"></script>\n<p>End.</p>',
    );
  });

  it("remove: another platform's widget script is not this embed's", () => {
    const input = `<p>Intro.</p>\n${TWEET_HTML}\n<script async src="//www.instagram.com/embed.js"></script>\n<p>End.</p>`;
    expect(convertArticle(input, { embeds: 'remove' }).output).toContain('instagram.com/embed.js');
  });

  it('marker: the marker is escaped text; a template cannot inject markup', () => {
    const input = `<p>Intro.</p>\n${TWEET_HTML}\n${WIDGET}\n<p>End.</p>`;
    const { output, placements } = convertArticle(input, {
      embeds: 'marker',
      marker: (record) => `<img src=x onerror="alert('${record.author.handle ?? ''}')">&`,
    });
    expect(output).toBe('<p>Intro.</p>\n&lt;img src=x onerror=&quot;alert(&#39;analowry&#39;)&quot;&gt;&amp;\n<p>End.</p>');
    expect(output.slice(placements[0]!.start, placements[0]!.end)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;analowry&#39;)&quot;&gt;&amp;',
    );
  });

  it('marker: a display name with markup is escaped in the default template fields too', () => {
    const input = TWEET_HTML.replace('Ana Lowry', '&lt;script&gt;Ana&lt;/script&gt;');
    const { output, embeds } = convertArticle(input, { embeds: 'marker', marker: '{name} / {handle}' });
    expect(embeds[0]?.author.name).toBe('<script>Ana</script>');
    expect(output).toBe('&lt;script&gt;Ana&lt;/script&gt; / analowry');
  });

  it('remove: a post flattened into a <p> takes its <p> with it', () => {
    const input = '<p>Intro.</p>\n<p>Ferry back on time today! — Ana Lowry (@analowry) May 3, 2024</p>\n<p>End.</p>';
    const result = convertArticle(input, { embeds: 'remove' });
    expect(result.embeds[0]?.source.markup).toBe('flattened-signature');
    expect(result.output).toBe('<p>Intro.</p>\n<p>End.</p>');
  });

  it('remove: a flattened post spread over two <p> leaves neither behind, nor a dangling tag', () => {
    const input = '<p>Intro.</p>\n<p>Ferry back on time today!</p><p>— Ana Lowry (@analowry) <a href="/x">May 3, 2024</a></p>\n<p>End.</p>';
    expect(convertArticle(input, { embeds: 'remove' }).output).toBe('<p>Intro.</p>\n<p>End.</p>');
    expect(convertArticle(input, { embeds: 'marker' }).output).toBe('<p>Intro.</p>\n[embed twitter @analowry]\n<p>End.</p>');
  });

  it('remove: a flattened post beside other content goes alone; its parent stays', () => {
    const input = '<div><p>Intro.</p>Ferry back on time today! — Ana Lowry (@analowry) May 3, 2024</div>';
    const result = convertArticle(input, { embeds: 'remove' });
    expect(result.output).toBe('<div><p>Intro.</p></div>');
  });

  it('remove: an embed that never closes runs to the end, but end tags of elements opened before it stay', () => {
    const input = `<div class="story"><p>Intro.</p>${TWEET_HTML.replace('</blockquote>', '')}\n</div></body>`;
    const result = convertArticle(input, { embeds: 'remove' });
    expect(result.embeds).toHaveLength(1);
    expect(result.output).toBe('<div class="story"><p>Intro.</p></div></body>');
    expect(convertArticle(input, { embeds: 'marker' }).output).toBe(
      '<div class="story"><p>Intro.</p>[embed twitter @analowry 1786301234567890123]</div></body>',
    );
  });

  it('keep: the output is the input', () => {
    const input = `<p>Intro.</p>\n${TWEET_HTML}\n${WIDGET}`;
    expect(convertArticle(input, { embeds: 'keep' }).output).toBe(input);
  });
});

describe('embed-free articles come out unchanged', () => {
  const text = 'The harbour wall will be repaired in spring.\n\nWork starts in March — weather permitting.\n';
  const html =
    '<article><h1>Harbour wall</h1><p>Repairs start in March &mdash; weather permitting.</p><blockquote><p>"It is overdue," said the harbourmaster.</p></blockquote></article>';

  it.each(['remove', 'marker', 'keep'] as const)('%s, text and HTML', (embeds) => {
    expect(convertArticle(text, { embeds })).toMatchObject({ output: text, embeds: [], placements: [], format: 'text' });
    expect(convertArticle(html, { embeds })).toMatchObject({ output: html, embeds: [], placements: [], format: 'html' });
  });

  it('markdown output of text is the text', () => {
    expect(convertArticle(text, { embeds: 'keep', output: 'markdown' }).output).toBe(text);
  });
});

describe('over every extractor fixture', () => {
  const root = join(import.meta.dirname, '../../fixtures');
  const files = ['text', 'html', 'articles'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((file) => /\.(txt|html)$/.test(file))
      .map((file) => ({ file: `${dir}/${file}`, format: file.endsWith('.html') ? ('html' as const) : ('text' as const) })),
  );

  it.each(files)('$file', ({ file, format }) => {
    const input = readFileSync(join(root, file), 'utf8');
    const removed = convertArticle(input, { format, embeds: 'remove' });
    expect(extractEmbeds(removed.output, { format })).toEqual([]);
    expect(removed.output.length).toBeLessThanOrEqual(input.length);

    const marked = convertArticle(input, { format, embeds: 'marker', marker: (_record, index) => `@@${index}@@` });
    marked.placements.forEach((placement, index) => {
      expect(marked.output.slice(placement.start, placement.end)).toBe(`@@${index}@@`);
    });
    expect(extractEmbeds(marked.output, { format })).toEqual([]);

    expect(convertArticle(input, { format, embeds: 'keep' }).output).toBe(input);
  });
});
