import { describe, expect, it } from 'vitest';
import { projectMarkdown, projectQuotedText } from '../../src/markdown/index.js';

/** The projection's text, and a check that every unit maps back to an input offset in order. */
function project(input: string): ReturnType<typeof projectMarkdown> {
  const projection = projectMarkdown(input);
  expect(projection.offsets.length).toBe(projection.text.length);
  let previous = 0;
  for (const offset of projection.offsets) {
    expect(offset).toBeGreaterThanOrEqual(previous);
    expect(offset).toBeLessThan(input.length);
    previous = offset;
  }
  return projection;
}

describe('projectMarkdown', () => {
  it('drops quote markers, nested or lazy, and widens a blank quote line into a post paragraph gap', () => {
    expect(project('> One\n>\n> Two\n').text).toBe('One\n\n\nTwo\n');
    expect(project('> > Inner\n> lazy outer\nlazy line\n').text).toBe('Inner\nlazy outer\nlazy line\n');
    expect(project('>>>> deep\n').text).toBe('deep\n');
  });

  it('opens a paragraph where a quote starts right under article text', () => {
    expect(project('Intro line.\n> Quoted post\n').text).toBe('Intro line.\n\nQuoted post\n');
  });

  it('keeps the visible text of inline, autolinked and reference links and lists their hrefs', () => {
    const inline = project('See [pic.twitter.com/Ab1](https://t.co/Ab1 "Photo") now');
    expect(inline.text).toBe('See pic.twitter.com/Ab1 now');
    expect(inline.links).toEqual([{ start: 4, end: 23, inputStart: 4, inputEnd: 51, href: 'https://t.co/Ab1' }]);

    const auto = project('Source: <https://x.com/kestrelnews/status/1755259323123712345>');
    expect(auto.text).toBe('Source: https://x.com/kestrelnews/status/1755259323123712345');
    expect(auto.links[0]?.href).toBe('https://x.com/kestrelnews/status/1755259323123712345');

    const reference = project(
      'Read [the notice][1], the [map][] and [Harbour]\n\n[1]: https://example.org/n "N"\n[map]: <https://example.org/m>\n[harbour]: https://example.org/h\n',
    );
    expect(reference.text.trim()).toBe('Read the notice, the map and Harbour');
    expect(reference.links.map((link) => link.href)).toEqual(['https://example.org/n', 'https://example.org/m', 'https://example.org/h']);
  });

  it('leaves brackets that open no link as they are', () => {
    expect(project('[image or embed] and [1] and a] b[ c').text).toBe('[image or embed] and [1] and a] b[ c');
    expect(project('[text](not closed').text).toBe('[text](not closed');
  });

  it('drops images, escapes, emphasis and strikethrough markers but not intraword or spaced ones', () => {
    expect(project('![a ferry](https://example.org/f.jpg)Ferry **back** at _last_ ~~late~~ `code`').text).toBe(
      'Ferry back at last late code',
    );
    expect(project('priya_lund_ and snake_case and 5 * 3 \\*not\\* \\_x\\_ 1\\. \\# \\>').text).toBe(
      'priya_lund and snake_case and 5 * 3 *not* _x_ 1. # >',
    );
    expect(project('https://example.org/a_b_/_c_ end').text).toBe('https://example.org/a_b_/_c_ end');
  });

  it('drops bullet markers, heading hashes, rules and fences; keeps ordered item numbers', () => {
    expect(project('## Title\n\n- one\n* two\n1) three\n2. > quoted\n\n---\n```\n*raw*\n```\n').text).toBe(
      'Title\n\none\ntwo\n1) three\n\nquoted\n\n\n\n*raw*\n\n',
    );
  });

  it('decodes entity references and lets a link span blank lines inside a quote', () => {
    expect(project('Fish &amp; chips &#8212; &copy;').text).toBe('Fish & chips — ©');
    const footer = project(
      '> [\n>\n> Post by @harbour.cafe\n>\n> View on Threads\n>\n> ](https://www.threads.net/@harbour.cafe/post/Cx1Ab2Cd3Ef)\n',
    );
    expect(footer.links[0]?.href).toBe('https://www.threads.net/@harbour.cafe/post/Cx1Ab2Cd3Ef');
    expect(footer.text.slice(footer.links[0]?.start, footer.links[0]?.end)).toContain('Post by @harbour.cafe');
  });

  it('lists each blockquote as a projected range', () => {
    const projection = project('Intro.\n\n> Body\n>\n> — Jane (@jane) May 1, 2024\n\nAfter.\n');
    expect(projection.quotes).toHaveLength(1);
    const [quote] = projection.quotes;
    expect(projection.text.slice(quote?.start, quote?.end).trim()).toBe('Body\n\n\n— Jane (@jane) May 1, 2024');
  });

  it("reads html-to-text's quoted text: quote and list-item markers go, `[url]` after a word is that word's link", () => {
    const projection = projectMarkdown(
      ' * > Ferry back *on time* pic.twitter.com/Xa12Bc34De\n   > [https://t.co/Xa12Bc34De]\n   >\n   > — Ana Lowry (@analowry) May 3, 2024 [https://twitter.com/analowry/status/1786301234567890123]\n',
      'quoted-text',
    );
    expect(projection.text).toBe('Ferry back *on time* pic.twitter.com/Xa12Bc34De\n\n\n\n— Ana Lowry (@analowry) May 3, 2024\n');
    expect(projection.links.map((link) => [projection.text.slice(link.start, link.end), link.href])).toEqual([
      ['pic.twitter.com/Xa12Bc34De', 'https://t.co/Xa12Bc34De'],
      ['2024', 'https://twitter.com/analowry/status/1786301234567890123'],
    ]);
    // A bracket that is not a lone web URL after a word stays text.
    expect(projectMarkdown('> see [1] and [image or embed] and x[https://a.example/b]\n', 'quoted-text').text).toBe(
      'see [1] and [image or embed] and x[https://a.example/b]\n',
    );
  });
});

describe('projectQuotedText', () => {
  it('is the quoted-text projection, without the inline reader', () => {
    const input =
      '> Ferries resume at *dawn* [today](https://example.com) &amp; @harbourauth\n>\n> — Harbour Authority (@harbourauth) March 3, 2025';
    const quoted = projectQuotedText(input);
    expect(quoted).toEqual(projectMarkdown(input, 'quoted-text'));
    expect(quoted.text).toContain('*dawn* [today](https://example.com) &amp;');
    expect(projectQuotedText('> Hi @jane\n> — Jane (@jane) May 1, 2024').text).toBe('Hi @jane\n— Jane (@jane) May 1, 2024');
  });

  it("keeps Markdown's block syntax as text: fences, rules, headings and reference definitions are lines like any other", () => {
    const input = '> ```\n> Ferry back *today*\n> ---\n> # 1\n> [1]: https://example.com/notice\n> — Ana (@ana) May 3, 2024\n```';
    const quoted = projectQuotedText(input);
    expect(quoted.text).toBe('```\nFerry back *today*\n---\n# 1\n[1]: https://example.com/notice\n— Ana (@ana) May 3, 2024\n```');
    expect(quoted.links).toEqual([]);
    expect(quoted.quotes).toEqual([{ start: 0, end: quoted.text.length }]);
    // The Markdown projection of the same input reads the fence, the rule and the definition.
    expect(projectMarkdown(input).text).not.toContain('```');
  });

  it('reads a bracketed URL up to a space, bracket, angle bracket, quote or line end, and links it only when `]` closes it', () => {
    const href = (input: string) => projectQuotedText(input).links.map((link) => link.href);
    expect(href('> pic.twitter.com/x [https://t.co/x]')).toEqual(['https://t.co/x']);
    expect(href('> May 3 [http://x.com/a/status/1]\r\n> next')).toEqual(['http://x.com/a/status/1']);
    // A quote, angle bracket, space or line break inside the brackets: no link.
    for (const inner of ['https://t.co/"x', 'https://t.co/<x', 'https://t.co/ x', 'https://t.co/x\n']) {
      expect(href(`> word [${inner}]`)).toEqual([]);
    }
    // Only a lowercase `http://` or `https://` opens one.
    expect(href('> word [HTTPS://t.co/x]')).toEqual([]);
    expect(href('> word [ftp://t.co/x]')).toEqual([]);
  });
});
