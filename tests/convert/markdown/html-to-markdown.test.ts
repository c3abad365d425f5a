/**
 * The Markdown writer over HTML: each construct it writes, escaping that re-reads as the same text
 * (checked with marked, a CommonMark/GFM reader), and bounded work and nesting on hostile pages.
 */
import { describe, expect, it } from 'vitest';
import { convertArticle } from '../../../src/convert/index.js';
import { htmlToMarkdown, MAX_LIST_DEPTH, MAX_QUOTE_DEPTH } from '../../../src/convert/markdown/index.js';
import { renderedText } from './rendered-text.js';

const md = (html: string, baseUrl: string | null = 'https://news.example/world/story.html'): string =>
  htmlToMarkdown(html, { baseUrl, stretches: [], recordCount: 0, blocksFor: () => [] }).output;

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('htmlToMarkdown: blocks', () => {
  it('headings, paragraphs and a rule', () => {
    expect(md('<h1>Storm  closes <em>ferries</em></h1><p>Crossings  stopped\nat noon.</p><hr><h3>Later</h3>')).toBe(
      '# Storm closes *ferries*\n\nCrossings stopped at noon.\n\n---\n\n### Later\n',
    );
  });

  it('a <br> is a hard break; two in a row start a new paragraph; a trailing one leaves nothing', () => {
    expect(md('<p>Harbour Road<br>Penhallow<br></p><p>One<br><br>Two</p>')).toBe('Harbour Road\\\nPenhallow\n\nOne\n\nTwo\n');
  });

  it('nested lists, tight, with ordered starts and items of several paragraphs', () => {
    expect(
      md(
        '<ul><li>Tea</li><li>Cake<ul><li>scones</li><li>buns</li></ul></li></ul><ol start="3"><li>three</li><li><p>four</p><p>more</p></li></ol>',
      ),
    ).toBe('- Tea\n- Cake\n  - scones\n  - buns\n\n3. three\n4. four\n\n   more\n');
  });

  it('an unclosed <li> is closed by the next one, as in HTML', () => {
    expect(md('<ul><li>one<li>two</ul><p>after</p>')).toBe('- one\n- two\n\nafter\n');
  });

  it('blockquotes, nested, keep their ">" on blank lines', () => {
    expect(md('<blockquote><p>One</p><blockquote>Two</blockquote><p>Three</p></blockquote><p>Out</p>')).toBe(
      '> One\n>\n> > Two\n>\n> Three\n\nOut\n',
    );
  });

  it('pre blocks are fenced, kept verbatim, with a fence longer than any run of backticks inside', () => {
    expect(md('<pre><code class="language-js">if (a &lt; 2) {\n  go();\n}\n</code></pre>')).toBe('```\nif (a < 2) {\n  go();\n}\n```\n');
    expect(md('<pre>a ```` b</pre>')).toBe('`````\na ```` b\n`````\n');
  });

  it('a simple table becomes a GFM table; pipes in cells are escaped', () => {
    expect(
      md(
        '<table><caption>Votes</caption><tr><th>Name</th><th>Votes</th></tr><tr><td>A | B</td><td>4,210</td></tr><tr><td>C</td></tr></table>',
      ),
    ).toBe('Votes\n\n| Name | Votes |\n| --- | --- |\n| A \\| B | 4,210 |\n| C |  |\n');
  });

  it('a table whose cells hold blocks is written as paragraphs', () => {
    expect(md('<table><tr><td>Intro</td><td><ul><li>one</li></ul></td></tr><tr><td>End</td></tr></table>')).toBe('Intro\n\n- one\n\nEnd\n');
  });

  it('drops scripts, styles, noscript, template, svg and the Facebook SDK root', () => {
    const html =
      '<p>Kept.</p><div id="fb-root"></div><script>document.write("<p>no</p>")</script><style>p{}</style><noscript>Enable JS</noscript><template><p>t</p></template><svg><text>x</text></svg><p>Also kept.</p>';
    expect(md(html)).toBe('Kept.\n\nAlso kept.\n');
  });
});

describe('htmlToMarkdown: inline', () => {
  it('emphasis, strong and strikethrough hug their words; empty ones leave nothing', () => {
    expect(md('<p>The<em> council </em>voted <strong>7–2</strong><b></b> <del>no</del>.</p>')).toBe(
      'The *council* voted **7–2** ~~no~~.\n',
    );
  });

  it('nested emphasis of one kind is written once', () => {
    expect(md('<p><em>a <i>b</i> c</em></p>')).toBe('*a b c*\n');
  });

  it('code spans get a fence longer than the backticks inside', () => {
    expect(md('<p>Run <code>npm  test</code> or <code>a`b</code>.</p>')).toBe('Run `npm test` or ``a`b``.\n');
  });

  it('links and images are made absolute against the base URL; <base href> wins as in browsers', () => {
    expect(md('<p><a href="/results?a=1&amp;b=2">results</a> <img src="img/map.png" alt="Map [1]"></p>')).toBe(
      '[results](https://news.example/results?a=1&b=2) ![Map \\[1\\]](https://news.example/world/img/map.png)\n',
    );
    const page = '<head><base href="/amp/"></head><p><a href="x">x</a></p>';
    expect(convertArticle(page, { embeds: 'keep', output: 'markdown', baseUrl: 'https://news.example/story' }).output).toBe(
      '[x](https://news.example/amp/x)\n',
    );
    expect(md('<p><a href="/x">no base</a> <a href="//t.co/x">t.co</a></p>', null)).toBe('[no base](/x) [t.co](https://t.co/x)\n');
  });

  it('a link destination cannot be ended early; javascript: links and empty links keep only their text', () => {
    expect(md('<p><a href="https://example.com/a (b)">x</a> <a href="javascript:go()">go</a> <a href="/y"></a></p>')).toBe(
      '[x](https://example.com/a%20%28b%29) go\n',
    );
  });

  it('a "!" before a link is escaped so it does not become an image', () => {
    expect(md('<p>Wow!<a href="https://example.com/">see</a></p>')).toBe('Wow\\![see](https://example.com/)\n');
  });

  it('a link around blocks is closed and reopened at each block', () => {
    expect(md('<a href="https://example.com/"><h3>Title</h3><p>Teaser</p></a>')).toBe(
      '### [Title](https://example.com/)\n\n[Teaser](https://example.com/)\n',
    );
  });
});

describe('htmlToMarkdown: escaping', () => {
  const samples = [
    '# Not a heading',
    '1. Not a list, 2024. A year',
    '- not an item + nor this',
    '> not a quote',
    '*stars* and _underscores_ and **bold**',
    'a [bracket](link) and ![image](x.png)',
    '<b>tags</b> &amp; entities &copy;',
    'pipes | and ~tildes~ and `ticks`',
    'back\\slash at end\\',
    '=== setext',
    '---',
    'C# and F#',
    'see https://example.com/a_b_c?x=1&y=2 now',
  ];

  it.each(samples)('%j re-reads as the same text', (text) => {
    const output = md(`<p>${escapeHtml(text)}</p>`);
    expect(renderedText(output)).toBe(text.replace(/\s+/g, ' '));
  });

  it('text in headings, list items, quotes and table cells re-reads as the same text', () => {
    const text = '#1 *best* [day] <ever> 2. | ~x~';
    for (const [open, close] of [
      ['<h2>', '</h2>'],
      ['<ul><li>', '</li></ul>'],
      ['<blockquote>', '</blockquote>'],
      ['<table><tr><td>', '</td></tr></table>'],
    ]) {
      expect(renderedText(md(`${open}${escapeHtml(text)}${close}`))).toBe(text);
    }
  });
});

describe('htmlToMarkdown: hostile input', () => {
  it('10,000 and 100,000 paragraphs: output proportional to input', () => {
    const small = md('<p>Word.</p>'.repeat(10_000));
    const large = md('<p>Word.</p>'.repeat(100_000));
    expect(small.length).toBe('Word.\n\n'.length * 10_000 - 1);
    expect(large.length).toBe('Word.\n\n'.length * 100_000 - 1);
  });

  it.each([
    ['div', 'div'],
    ['ul', 'li'],
    ['blockquote', 'p'],
    ['ol', 'li'],
    ['table', 'td'],
    ['em', 'a href="/x"'],
    ['pre', 'code'],
  ])('100,000 nested <%s>/<%s> never throw, and the nesting written is capped', (outer, inner) => {
    const html = `<${outer}><${inner}>deep `.repeat(100_000);
    const written = htmlToMarkdown(html, { baseUrl: null, stretches: [], recordCount: 0, blocksFor: () => [] });
    let widest = 0;
    for (const line of written.output.split('\n')) {
      const prefix = /^[\s>\-\d.]*/.exec(line)?.[0] ?? '';
      widest = Math.max(widest, prefix.length);
    }
    // Each quote level is 2 characters, each list level at most 11 ("999999999. ").
    expect(widest).toBeLessThanOrEqual(MAX_QUOTE_DEPTH * 2 + MAX_LIST_DEPTH * 11);
    expect(written.output.length).toBeLessThan(html.length * 2);
  });

  it('nesting past the limit is reported once as truncated', () => {
    const written = htmlToMarkdown(`${'<blockquote>'.repeat(MAX_QUOTE_DEPTH + 3)}deep`, {
      baseUrl: null,
      stretches: [],
      recordCount: 0,
      blocksFor: () => [],
    });
    expect(written.output).toBe(`${'> '.repeat(MAX_QUOTE_DEPTH)}deep\n`);
    expect(written.diagnostics).toEqual([expect.objectContaining({ code: 'truncated', severity: 'warning', start: MAX_QUOTE_DEPTH * 12 })]);
  });

  it.each([
    '<',
    '<p',
    '</',
    '<a href="',
    '<!--',
    '&',
    '&#',
    '<script>',
    '<pre>',
    '<table><tr><td>',
    '<![CDATA[',
    '<svg/>',
    '<li>',
    '</li>',
  ])('repeated %j never throws', (unit) => {
    expect(() => md(unit.repeat(20_000))).not.toThrow();
  });
});
