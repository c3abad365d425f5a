import { describe, expect, it } from 'vitest';
import { convertArticle, extractEmbeds, extractEmbedsWithDiagnostics } from '../../src/index.js';
import { embedRecordSchema } from '../../src/schema/index.js';
import { extractMarkdownEmbeds, looksLikeMarkdown } from '../../src/markdown/index.js';

// Invented: the people, handles, ids and links below are made up.
const turndownStyle = [
  '# Ferry back in Marrick',
  '',
  'The harbour operator posted an update shortly before midnight:',
  '',
  '> The *Lady Ysolde* is safe off Kettle Head. Thanks to @MarrickCG for the help [pic.twitter.com/Rk4TfW2mQz](https://t.co/Rk4TfW2mQz)',
  '> ',
  '> — Marrick Ports (@Marrick\\_Ports) [November 3, 2023](https://twitter.com/Marrick_Ports/status/1720512345678901234?ref_src=twsrc%5Etfw)',
  '',
  'Passengers were home by Saturday.',
  '',
].join('\n');

describe('extractEmbeds on Markdown', () => {
  it('reads a turndown blockquote: body, author, date, permalink, and the t.co href behind the visible media link', () => {
    const [record, ...rest] = extractEmbeds(turndownStyle, { format: 'markdown' });
    expect(rest).toEqual([]);
    expect(embedRecordSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({
      platform: 'twitter',
      id: '1720512345678901234',
      url: 'https://twitter.com/Marrick_Ports/status/1720512345678901234',
      author: { name: 'Marrick Ports', handle: 'Marrick_Ports' },
      text: 'The Lady Ysolde is safe off Kettle Head. Thanks to @MarrickCG for the help pic.twitter.com/Rk4TfW2mQz',
      // The status id's time, on the written day.
      publishedAt: '2023-11-03T18:44:43.440Z',
      datePrecision: 'id',
      dateText: 'November 3, 2023',
      mentions: ['MarrickCG'],
      links: [{ url: 'https://pic.twitter.com/Rk4TfW2mQz', kind: 'media', expandedUrl: 'https://t.co/Rk4TfW2mQz' }],
    });
    // The source is the whole quote, markers included, and nothing else.
    const source = turndownStyle.slice(record?.source.start, record?.source.end);
    expect(record?.source.format).toBe('markdown');
    expect(source.startsWith('> The *Lady Ysolde*')).toBe(true);
    expect(source.endsWith('?ref_src=twsrc%5Etfw)')).toBe(true);
  });

  it('takes a body that opens with its own colon line from the top of the quote, and not from the paragraph above', () => {
    const thread = [
      'The councillor set out her case:',
      '',
      '> Thread on tonight’s vote, because you asked:',
      '> ',
      '> 1) The levy only applies to homes empty for 180 days.',
      '> ',
      '> 2) The money goes to the housing trust.',
      '> ',
      '> — Cllr. Orla Vennick (@OrlaVennick) [March 2, 2025](https://x.com/OrlaVennick/status/1896218262582407240)',
      '',
    ].join('\n');
    const [record] = extractEmbeds(thread, { format: 'markdown' });
    expect(record?.text).toBe(
      'Thread on tonight’s vote, because you asked: 1) The levy only applies to homes empty for 180 days. 2) The money goes to the housing trust.',
    );
    expect(record?.id).toBe('1896218262582407240');
  });

  it('lists a link whose visible text is not a URL with its href, in body order', () => {
    const md =
      '> Read [the full notice](https://example.org/notice) and see [bit.ly/3xQ](https://bit.ly/3xQ) @[KettleRNLI](https://twitter.com/KettleRNLI)\n>\n> — Kettle Head Lifeboat (@KettleRNLI) [May 4, 2024](https://twitter.com/KettleRNLI/status/1786712345678901234)\n';
    const [record] = extractEmbeds(md, { format: 'markdown' });
    expect(record?.links.map((link) => [link.url, link.kind, link.expandedUrl])).toEqual([
      ['https://example.org/notice', 'external', undefined],
      ['https://bit.ly/3xQ', 'short', undefined],
      ['https://twitter.com/KettleRNLI', 'profile', undefined],
    ]);
  });

  it('reads node-html-markdown hard breaks, reference links and a signature with an empty date link', () => {
    const md = [
      'Zoos marked the day online.',
      '',
      '> Happy Valentine’s from the otters 🦦 [pic.twitter.com/ezolXmPj](https://t.co/ezolXmPj)  ',
      '>  ',
      '> — Cresthill Zoo (@CresthillZoo)[][1]',
      '',
      '[1]: https://twitter.com/CresthillZoo/status/1890429166663590162',
      '',
    ].join('\n');
    const [record] = extractEmbeds(md, { format: 'markdown' });
    expect(record?.text).toBe('Happy Valentine’s from the otters 🦦 pic.twitter.com/ezolXmPj');
    expect(record?.id).toBe('1890429166663590162');
    // No date was written: the status id's time stands in, as in the HTML reader.
    expect(record?.publishedAt).toBe('2025-02-14T15:53:30.465Z');
  });

  it('reads a permalink whose unreserved characters are percent-encoded (node-html-markdown writes `_` as `%5F`)', () => {
    const page = [
      'The library has posted daily since March.',
      '',
      '> [  View on Threads](https://www.threads.com/@kettle%5Flibrary/post/C%5F-Xy7kq2Lm)',
      '',
      'Its followers doubled.',
      '',
    ].join('\n');
    const [record, ...rest] = extractEmbeds(page, { format: 'markdown' });
    expect(rest).toEqual([]);
    expect(record).toMatchObject({
      platform: 'threads',
      id: 'C_-Xy7kq2Lm',
      url: 'https://www.threads.com/@kettle_library/post/C_-Xy7kq2Lm',
      author: { handle: 'kettle_library' },
    });
  });

  it('maps diagnostics into the input', () => {
    const md = 'Intro.\n\n> Nice day [pic.twitter.com/x1](https://t.co/x1)\n>\n> — Jane Roe (@janeroe) Smarch 45, 2024\n';
    const { embeds, diagnostics, format } = extractEmbedsWithDiagnostics(md, { format: 'markdown' });
    expect(format).toBe('markdown');
    expect(embeds).toHaveLength(1);
    const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'unknown-date');
    expect(unknown).toBeDefined();
    expect(md.slice(unknown?.start, unknown?.end)).toContain('Smarch 45, 2024');
  });

  it('agrees with the text reader on text with no Markdown syntax', () => {
    const text = 'Intro.\n\nWe did it! #Northline — Helen Achter (@MayorAchter) March 19, 2024\n\nMore.\n';
    const markdown = extractMarkdownEmbeds(text).embeds.map((record) => ({ ...record, source: { ...record.source, format: 'text' } }));
    expect(markdown).toEqual(extractEmbeds(text, { format: 'text' }));
  });
});

describe('text that quotes its blocks (html-to-text)', () => {
  it("reads the post inside the `> ` quote, a wrapped `[url]` as the visible link's href and the date's as the permalink", () => {
    const text = [
      'The harbour operator posted an update shortly before midnight:',
      '',
      '> The Lady Ysolde is safe off Kettle Head. Thanks to all the crew',
      '> pic.twitter.com/Rk4TfW2mQz [https://t.co/Rk4TfW2mQz]',
      '>',
      '> — Marrick Ports (@MarrickPorts) November 3, 2023',
      '> [https://twitter.com/MarrickPorts/status/1720512345678901234?ref_src=twsrc%5Etfw]',
      '',
      'Passengers were home by Saturday.',
      '',
    ].join('\n');
    const { embeds, format } = extractEmbedsWithDiagnostics(text);
    expect(format).toBe('text');
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({
      text: 'The Lady Ysolde is safe off Kettle Head. Thanks to all the crew pic.twitter.com/Rk4TfW2mQz',
      id: '1720512345678901234',
      url: 'https://twitter.com/MarrickPorts/status/1720512345678901234',
      links: [{ url: 'https://pic.twitter.com/Rk4TfW2mQz', kind: 'media', expandedUrl: 'https://t.co/Rk4TfW2mQz' }],
      source: { format: 'text' },
    });
    expect(text.slice(embeds[0]?.source.start, embeds[0]?.source.end).startsWith('> The Lady Ysolde')).toBe(true);
  });

  it('joins punctuation to a hashtag whose bracketed href html-to-text wrapped onto the next line', () => {
    const lines = ['> Ferries run again tonight, see #KettleHead', '> [https://twitter.com/hashtag/KettleHead?src=hash]. Crews are back'];
    lines.push('> [https://twitter.com/hashtag/Crews?src=hash] at work', '>', '> — Marrick Ports (@MarrickPorts) November 3, 2023');
    const text = `${lines.join('\n')}\n`;
    const [embed] = extractEmbeds(text, { format: 'text' });
    expect(embed?.text).toBe('Ferries run again tonight, see #KettleHead. Crews are back at work');
    expect(embed?.hashtags).toEqual(['KettleHead']);
  });

  it('reads text without quote lines exactly as before', () => {
    const text = 'Intro.\n\n> one quoted line\n\nWe did it! — Helen Achter (@MayorAchter) March 19, 2024\n';
    expect(extractEmbeds(text, { format: 'text' })[0]?.text).toBe('We did it!');
  });
});

describe("'auto' and Markdown", () => {
  it('reads Markdown with link syntax as Markdown', () => {
    expect(extractEmbedsWithDiagnostics(turndownStyle).format).toBe('markdown');
    expect(looksLikeMarkdown('[a](https://example.org/a) and [b](https://example.org/b)')).toBe(true);
  });

  it('leaves flattened text, with quotes or brackets but no link syntax, as text', () => {
    for (const text of [
      'Hi pic.twitter.com/x — Jane (@jane) May 1, 2024',
      '> quoted line\n> another\nsee [1] and [photo: Jane Roe]',
      'One link [here](https://example.org/a) only.',
      'Snow gates are closed. [image or embed] — Roads (@roads.example.org) March 1, 2024 at 9:12 PM',
    ]) {
      expect(extractEmbedsWithDiagnostics(text).format).toBe('text');
    }
  });
});

describe('convertArticle on Markdown', () => {
  it('removes, marks or keeps the whole quote and writes Markdown back', () => {
    const removed = convertArticle(turndownStyle, { embeds: 'remove', format: 'markdown' });
    expect(removed.output).toBe(
      '# Ferry back in Marrick\n\nThe harbour operator posted an update shortly before midnight:\n\nPassengers were home by Saturday.\n',
    );
    const marked = convertArticle(turndownStyle, { embeds: 'marker' });
    expect(marked.format).toBe('markdown');
    expect(marked.output).toContain('midnight:\n\n[embed twitter @Marrick_Ports 1720512345678901234]\n\nPassengers');
    expect(marked.output).not.toContain('>');
    expect(convertArticle(turndownStyle, { embeds: 'keep' }).output).toBe(turndownStyle);
  });
});
