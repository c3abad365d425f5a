/** Markdown blockquotes of records, escaping, and Markdown output of whole articles. */
import { describe, expect, it } from 'vitest';
import { convertArticle, markdownBlockquote } from '../../src/convert/index.js';
import { markdownAttribution } from '../../src/convert/markdown-blockquote.js';
import { escapeMarkdown } from '../../src/convert/markdown/index.js';
import type { EmbedRecord } from '../../src/schema/index.js';

const record = (fields: Partial<EmbedRecord> & { name?: string | null; handle?: string | null }): EmbedRecord => ({
  platform: 'twitter',
  id: null,
  url: null,
  author: {
    name: fields.name === undefined ? 'Ana Lowry' : fields.name,
    handle: fields.handle === undefined ? 'analowry' : fields.handle,
    url: null,
  },
  text: 'Ferry back on time',
  lang: null,
  publishedAt: '2024-05-03',
  datePrecision: 'day',
  publishedAtLocal: null,
  dateText: 'May 3, 2024',
  links: [],
  mentions: [],
  hashtags: [],
  cashtags: [],
  source: { format: 'text', start: 0, end: 0, markup: 'signature' },
  ...fields,
});

describe('markdownBlockquote', () => {
  it('quotes the text and signs it with name, handle and linked date', () => {
    const url = 'https://twitter.com/analowry/status/1786301234567890123';
    expect(markdownBlockquote(record({ url }))).toBe(`> Ferry back on time\n>\n> — Ana Lowry (@analowry), [May 3, 2024](${url})`);
  });

  it('without a permalink the date is plain text', () => {
    expect(markdownBlockquote(record({}))).toBe('> Ferry back on time\n>\n> — Ana Lowry (@analowry), May 3, 2024');
  });

  it('writes several paragraphs with a quoted blank line between them', () => {
    expect(markdownBlockquote(record({ text: 'One. Two.' }), ['One.', 'Two.'])).toBe(
      '> One.\n>\n> Two.\n>\n> — Ana Lowry (@analowry), May 3, 2024',
    );
  });

  it('leaves out null fields', () => {
    expect(markdownAttribution(record({ name: null }))).toBe('— @analowry, May 3, 2024');
    expect(markdownAttribution(record({ handle: null }))).toBe('— Ana Lowry, May 3, 2024');
    expect(markdownAttribution(record({ name: null, handle: null, dateText: null, publishedAt: null }))).toBe('— Twitter');
    expect(markdownAttribution(record({ dateText: null }))).toBe('— Ana Lowry (@analowry), 2024-05-03');
    expect(markdownBlockquote(record({ text: null }))).toBe('> — Ana Lowry (@analowry), May 3, 2024');
    expect(markdownBlockquote(record({ text: '' }))).toBe('> — Ana Lowry (@analowry), May 3, 2024');
  });

  it('a permalink without a date is an autolink; a non-http permalink is not linked', () => {
    const url = 'https://twitter.com/analowry/status/1786301234567890123';
    expect(markdownAttribution(record({ url, dateText: null, publishedAt: null }))).toBe(`— Ana Lowry (@analowry)\n<${url}>`);
    expect(markdownAttribution(record({ url: 'javascript:alert(1)' }))).toBe('— Ana Lowry (@analowry), May 3, 2024');
  });

  it('a permalink cannot break out of the link destination', () => {
    const line = markdownAttribution(record({ url: 'https://twitter.com/a/status/1)[x](https://evil.example' }));
    expect(line).toBe('— Ana Lowry (@analowry), [May 3, 2024](https://twitter.com/a/status/1%29%5Bx%5D%28https://evil.example)');
  });

  it('escapes Markdown in the text, name and date', () => {
    const quote = markdownBlockquote(record({ text: '# *Best* day [ever] <b>', name: 'Ana_Lowry *', dateText: 'May [3]' }));
    expect(quote).toBe('> \\# \\*Best\\* day \\[ever\\] \\<b\\>\n>\n> — Ana\\_Lowry \\* (@analowry), May \\[3\\]');
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline syntax and leaves URLs whole', () => {
    expect(escapeMarkdown('so *very* _good_ `x` https://example.com/a_b_c')).toBe(
      'so \\*very\\* \\_good\\_ \\`x\\` https://example.com/a_b_c',
    );
  });

  it('escapes a line start that would make a heading, quote or list', () => {
    expect(escapeMarkdown('#Halvard is here')).toBe('\\#Halvard is here');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
    expect(escapeMarkdown('2024. A year')).toBe('2024\\. A year');
    expect(escapeMarkdown('in 2024. A year')).toBe('in 2024. A year');
  });

  it('escapes an ampersand only where it would start an entity', () => {
    expect(escapeMarkdown('Fish & chips &amp; peas')).toBe('Fish & chips \\&amp; peas');
  });
});

describe('convertArticle with output: markdown', () => {
  const POST = 'Ferry back on time today, thank you crew! pic.twitter.com/Xa12Bc34De — Ana Lowry (@analowry) May 3, 2024';

  it('text: each embed becomes a blockquote in place, article text untouched', () => {
    const input = `Services resumed at dawn.\n\n${POST}\n\nThe operator apologised.\n`;
    const { output, placements } = convertArticle(input, { embeds: 'keep', output: 'markdown' });
    const quote = '> Ferry back on time today, thank you crew! pic.twitter.com/Xa12Bc34De\n>\n> — Ana Lowry (@analowry), May 3, 2024';
    expect(output).toBe(`Services resumed at dawn.\n\n${quote}\n\nThe operator apologised.\n`);
    expect(output.slice(placements[0]!.start, placements[0]!.end)).toBe(quote);
  });

  it('text: a blockquote after a single line break still gets blank lines around it', () => {
    const input = `Services resumed at dawn.\n${POST}\nThe operator apologised.\n`;
    const { output } = convertArticle(input, { embeds: 'keep', output: 'markdown' });
    expect(output).toMatch(/^Services resumed at dawn\.\n\n> Ferry[\s\S]*2024\n\nThe operator apologised\.\n$/);
  });

  it('text: remove and marker work as with text output', () => {
    const input = `Services resumed at dawn.\n\n${POST}\n\nThe operator apologised.\n`;
    expect(convertArticle(input, { embeds: 'remove', output: 'markdown' }).output).toBe(
      'Services resumed at dawn.\n\nThe operator apologised.\n',
    );
    expect(convertArticle(input, { embeds: 'marker', output: 'markdown', marker: '{name} {handle}' }).output).toBe(
      'Services resumed at dawn.\n\nAna Lowry analowry\n\nThe operator apologised.\n',
    );
  });

  it('html: the page is written as Markdown; the blockquote stands where the embed stood', () => {
    const html =
      '<h1>Ferries</h1>\n<p>Services   resumed at <b>dawn</b>.</p>\n<figure class="wp-block-embed-twitter"><blockquote class="twitter-tweet"><p lang="en">Back on time &amp; dry</p>&mdash; Ana Lowry (@analowry) <a href="https://twitter.com/analowry/status/1786301234567890123">May 3, 2024</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script></figure>\n<p>The operator apologised &lt;again&gt;.</p>';
    const { output, placements } = convertArticle(html, { embeds: 'keep', output: 'markdown' });
    const quote =
      '> Back on time & dry\n>\n> — Ana Lowry (@analowry), [May 3, 2024](https://twitter.com/analowry/status/1786301234567890123)';
    expect(output).toBe(`# Ferries\n\nServices resumed at **dawn**.\n\n${quote}\n\nThe operator apologised \\<again\\>.\n`);
    expect(output.slice(placements[0]!.start, placements[0]!.end)).toBe(quote);
  });

  it('html: markers are their own paragraphs; removed embeds leave nothing', () => {
    const html =
      '<p>Intro.</p><blockquote class="twitter-tweet"><p>Hi</p>&mdash; Ana Lowry (@analowry) <a href="https://twitter.com/analowry/status/1786301234567890123">May 3, 2024</a></blockquote><p>End.</p>';
    const marked = convertArticle(html, { embeds: 'marker', output: 'markdown' });
    expect(marked.output).toBe('Intro.\n\n[embed twitter @analowry 1786301234567890123]\n\nEnd.\n');
    expect(marked.output.slice(marked.placements[0]!.start, marked.placements[0]!.end)).toBe(
      '[embed twitter @analowry 1786301234567890123]',
    );
    const removed = convertArticle(html, { embeds: 'remove', output: 'markdown' });
    expect(removed.output).toBe('Intro.\n\nEnd.\n');
    expect(removed.placements).toEqual([{ start: 6, end: 6 }]);
  });
});
