/** The parts of the converter on their own: options, markers, ranges, splicing, widget scripts, HTML cuts. */
import { describe, expect, it } from 'vitest';
import { convertArticle, defaultMarker } from '../../src/convert/index.js';
import { resolveConvertOptions } from '../../src/convert/convert-options.js';
import { defaultParseLimits } from '../../src/extract/index.js';
import { renderMarker } from '../../src/convert/embed-marker.js';
import { groupEmbedRanges } from '../../src/convert/embed-units.js';
import { escapeHtml } from '../../src/convert/escape-html.js';
import { growHtmlCut } from '../../src/convert/html-cuts.js';
import { postParagraphs } from '../../src/convert/post-paragraphs.js';
import { spliceCuts } from '../../src/convert/splice-cuts.js';
import type { Cut } from '../../src/convert/splice-cuts.js';
import { trustedRanges } from '../../src/convert/uncertain-edges.js';
import { isWidgetScript, widgetScriptEnd } from '../../src/convert/widget-scripts.js';
import { platforms } from '../../src/platforms/index.js';
import type { Platform } from '../../src/platforms/index.js';
import type { Diagnostic, EmbedRecord } from '../../src/schema/index.js';

const platform = (name: string): Platform => platforms.find((p) => p.name === name)!;
const record = (start: number, end: number, fields: Partial<EmbedRecord> = {}): EmbedRecord => ({
  platform: 'twitter',
  id: null,
  url: null,
  author: { name: 'Ana Lowry', handle: 'analowry', url: null },
  text: 'Ferry back on time',
  lang: null,
  publishedAt: null,
  datePrecision: null,
  publishedAtLocal: null,
  dateText: null,
  links: [],
  mentions: [],
  hashtags: [],
  cashtags: [],
  source: { format: 'text', start, end, markup: 'signature' },
  ...fields,
});

describe('options', () => {
  it('applies defaults', () => {
    expect(resolveConvertOptions('x', { embeds: 'keep' })).toEqual({
      format: 'auto',
      embeds: 'keep',
      marker: null,
      output: 'same',
      limits: defaultParseLimits,
    });
    expect(resolveConvertOptions('x', { embeds: 'keep', maxLinks: 3 }).limits.maxLinks).toBe(3);
  });

  it.each([
    [42, { embeds: 'keep' }, /input must be a string, got number/],
    [null, { embeds: 'keep' }, /input must be a string, got null/],
    ['x', undefined, /options must be an object/],
    ['x', 'remove', /options must be an object/],
    ['x', {}, /options\.embeds must be 'remove', 'marker' or 'keep', got undefined/],
    ['x', { embeds: 'cut' }, /options\.embeds .* got "cut"/],
    ['x', { embeds: 'keep', format: 'xml' }, /options\.format must be 'auto', 'text', 'html' or 'markdown', got "xml"/],
    ['x', { embeds: 'keep', output: 'md' }, /options\.output must be 'same' or 'markdown', got "md"/],
    ['x', { embeds: 'marker', marker: 7 }, /options\.marker must be a string template or a function, got number/],
  ])('convertArticle(%j, %j) throws a TypeError', (input, options, message) => {
    expect(() => convertArticle(input as never, options as never)).toThrow(TypeError);
    expect(() => convertArticle(input as never, options as never)).toThrow(message);
  });
});

describe('markers', () => {
  it('the default marker leaves out null handle and id', () => {
    expect(defaultMarker(record(0, 1, { id: '1786301234567890123' }))).toBe('[embed twitter @analowry 1786301234567890123]');
    expect(defaultMarker(record(0, 1))).toBe('[embed twitter @analowry]');
    expect(defaultMarker(record(0, 1, { platform: 'youtube', id: 'Xk3pQ9LmN2a', author: { name: null, handle: null, url: null } }))).toBe(
      '[embed youtube Xk3pQ9LmN2a]',
    );
    expect(defaultMarker(record(0, 1, { platform: 'instagram', author: { name: null, handle: null, url: null } }))).toBe(
      '[embed instagram]',
    );
  });

  it('a template string replaces known fields only', () => {
    expect(renderMarker('{platform}:{id}:{nope}', record(0, 1, { id: '5' }), 3)).toBe('twitter:5:{nope}');
    expect(renderMarker('#{index}', record(0, 1), 3)).toBe('#4');
  });

  it('field escaping applies to template fields and default fields, not to literal template text', () => {
    const hostile = record(0, 1, { author: { name: '<b>x</b>', handle: 'a_b', url: null } });
    expect(renderMarker('<{name}>', hostile, 0, escapeHtml)).toBe('<&lt;b&gt;x&lt;/b&gt;>');
    expect(defaultMarker(hostile, (value) => value.replace(/_/g, '\\_'))).toBe('[embed twitter @a\\_b]');
  });
});

describe('groupEmbedRanges', () => {
  it('merges overlapping and nested ranges, keeps touching ones apart, clamps to the input', () => {
    const units = groupEmbedRanges([record(10, 20), record(15, 30), record(30, 40), record(32, 35), record(90, 500)], 100);
    expect(units).toEqual([
      { start: 10, end: 30, records: [0, 1] },
      { start: 30, end: 40, records: [2, 3] },
      { start: 90, end: 100, records: [4] },
    ]);
  });

  it('sorts records out of document order', () => {
    expect(groupEmbedRanges([record(50, 60), record(0, 5)], 100)).toEqual([
      { start: 0, end: 5, records: [1] },
      { start: 50, end: 60, records: [0] },
    ]);
  });
});

describe('spliceCuts', () => {
  const remove = (start: number, end: number, records: number[] = [0]): Cut => ({ start, end, kind: 'remove', pieces: [], records });
  const at = (input: string, needle: string): [number, number] => {
    const start = input.indexOf(needle);
    return [start, start + needle.length];
  };

  it('inline: replaces exactly, never duplicating or losing text around overlapping records', () => {
    const input = 'aaa EMBED-ONE-TWO bbb';
    const units = groupEmbedRanges([record(4, 13), record(8, 17)], input.length);
    const cuts: Cut[] = units.map((unit) => ({
      ...unit,
      kind: 'inline',
      pieces: unit.records.flatMap((index, k) => [
        ...(k > 0 ? [{ text: ' ', records: [] }] : []),
        { text: `<${index}>`, records: [index] },
      ]),
    }));
    const { output, placements } = spliceCuts(input, cuts, 2);
    expect(output).toBe('aaa <0> <1> bbb');
    expect(placements.map((p) => output.slice(p.start, p.end))).toEqual(['<0>', '<1>']);
  });

  it('remove inside a line keeps one space, none before closing punctuation or an end tag', () => {
    const input = 'She wrote EMBED and left. She wrote EMBED. Then <p>x EMBED</p>';
    const cuts = [remove(10, 15), remove(36, 41), remove(53, 58)];
    expect(spliceCuts(input, cuts, 1).output).toBe('She wrote and left. She wrote. Then <p>x</p>');
  });

  it('remove keeps the larger gap and the next line’s indentation', () => {
    const input = 'One.\n\n    EMBED\n    Two.';
    const [s, e] = at(input, 'EMBED');
    expect(spliceCuts(input, [remove(s, e)], 1).output).toBe('One.\n\n    Two.');
  });

  it('block cuts get blank lines around them and between each other', () => {
    const input = 'Intro: EMBED1\nEMBED2\nOutro';
    const cuts: Cut[] = [
      { start: 7, end: 13, kind: 'block', pieces: [{ text: '> one', records: [0] }], records: [0] },
      { start: 14, end: 20, kind: 'block', pieces: [{ text: '> two', records: [1] }], records: [1] },
    ];
    const { output, placements } = spliceCuts(input, cuts, 2);
    expect(output).toBe('Intro:\n\n> one\n\n> two\n\nOutro');
    expect(placements.map((p) => output.slice(p.start, p.end))).toEqual(['> one', '> two']);
  });
});

describe('postParagraphs', () => {
  it('splits on the source’s blank lines when they agree with the text', () => {
    const text = 'One two. Three.';
    expect(postParagraphs(record(0, 1, { text }), 'One\ntwo.\n\n\nThree. — Ana (@analowry) May 3, 2024')).toEqual(['One two.', 'Three.']);
  });

  it('falls back to one paragraph when the source does not match the text', () => {
    expect(postParagraphs(record(0, 1, { text: 'Hello there' }), 'View this post\n\nHello there')).toEqual(['Hello there']);
    expect(postParagraphs(record(0, 1, { text: null }), 'x\n\ny')).toEqual([]);
  });
});

describe('widget scripts', () => {
  it.each([
    ['twitter', 'https://platform.twitter.com/widgets.js', true],
    ['twitter', '//platform.twitter.com/widgets.js', true],
    ['twitter', 'HTTPS://PLATFORM.X.COM/widgets.js?v=2', true],
    ['twitter', 'https://platform.twitter.com/widgets.js.evil.example/x.js', false],
    ['twitter', '/static/js/site.js', false],
    ['instagram', '//www.instagram.com/embed.js', true],
    ['instagram', '//platform.instagram.com/en_US/embeds.js', true],
    ['facebook', 'https://connect.facebook.net/fr_FR/sdk.js#xfbml=1&version=v18.0', true],
    ['facebook', 'https://connect.facebook.net/sdk.js', false],
    ['bluesky', 'https://embed.bsky.app/static/embed.js', true],
    ['tiktok', 'https://www.tiktok.com/embed.js', true],
    ['threads', 'https://www.threads.com/embed.js', true],
    ['reddit', 'https://embed.reddit.com/widgets.js', true],
    ['mastodon', 'https://social.example/embed.js', true],
    ['mastodon', 'https://social.example/js/embed.js', false],
    ['youtube', 'https://www.youtube.com/iframe_api', false],
  ])('%s: %s → %s', (name, src, expected) => {
    expect(isWidgetScript(src, platform(name))).toBe(expected);
  });

  it('finds the script after whitespace, only for the owning platform', () => {
    const html = `x\n  <script async src="https://platform.twitter.com/widgets.js"></script>y`;
    expect(widgetScriptEnd(html, 1, [platform('twitter')])).toBe(html.length - 1);
    expect(widgetScriptEnd(html, 1, [platform('instagram')])).toBe(-1);
    expect(widgetScriptEnd('x <p>', 1, [platform('twitter')])).toBe(-1);
  });
});

describe('growHtmlCut', () => {
  const twitter = [platform('twitter')];
  const options = (html: string) => ({ dropWrappers: true, lower: 0, upper: html.length });

  it('grows over nested whitespace-only wrappers and the script between them', () => {
    const html =
      '<section><div>\n<p>EMBED</p>\n<script src="https://platform.twitter.com/widgets.js"></script>\n</div></section><p>next</p>';
    const s = html.indexOf('EMBED');
    const range = growHtmlCut(html, s, s + 5, twitter, options(html));
    expect(html.slice(range.start, range.end)).toBe(html.slice(0, html.indexOf('<p>next')));
  });

  it('does not grow past text, or into elements that are not plain wrappers', () => {
    const html = '<td><p>Hi EMBED</p></td>';
    const s = html.indexOf('EMBED');
    expect(growHtmlCut(html, s, s + 5, twitter, options(html))).toEqual({ start: s, end: s + 5, closes: [], opens: [] });
    const table = '<td>EMBED</td>';
    expect(growHtmlCut(table, 4, 9, twitter, options(table))).toEqual({ start: 4, end: 9, closes: [], opens: [] });
  });

  it('stays within the neighbours’ bounds', () => {
    const html = '<div>A</div><div>EMBED</div>';
    const s = html.indexOf('EMBED');
    const range = growHtmlCut(html, s, s + 5, twitter, { dropWrappers: true, lower: s - 1, upper: html.length });
    expect(range.start).toBe(s);
  });

  it('reads a script inside the range to its real end tag (NEL after the name does not end it)', () => {
    const html = '<div><p>EMBED</p><script>w("</script\u0085>");</script></div><p>next</p>';
    const s = html.indexOf('<p>EMBED');
    const e = html.indexOf('</div>');
    expect(growHtmlCut(html, s, e, twitter, options(html))).toEqual({ start: 0, end: e + '</div>'.length, closes: [], opens: [] });
  });

  it('a range that crosses element boundaries keeps the tags that reach outside it', () => {
    const html = '<p>Body text</p><p>more — Ana (@analowry) <a href="#">May 3, 2024</a></p>';
    const s = html.indexOf('text');
    const e = html.indexOf('May 3, 2024') + 'May 3, 2024'.length;
    const range = growHtmlCut(html, s, e, twitter, options(html));
    expect(range.end).toBe(html.length);
    expect(range.closes).toEqual(['</p>']);
    expect(range.opens).toEqual([]);
  });
});

const uncertain = (start: number, end: number): Diagnostic => ({
  code: 'uncertain-body',
  severity: 'info',
  message: 'may be the article’s',
  start,
  end,
});

describe('trustedRanges', () => {
  it('moves a record’s start past the paragraphs its uncertain-body diagnostic marks', () => {
    const moved = trustedRanges([record(10, 90), record(100, 180)], [uncertain(100, 130)]);
    expect(moved.map((r) => [r.source.start, r.source.end])).toEqual([
      [10, 90],
      [130, 180],
    ]);
  });

  it('ignores other diagnostics and one that does not start where a record starts', () => {
    const other: Diagnostic = { code: 'unknown-date', severity: 'warning', message: 'date', start: 10, end: 30 };
    const moved = trustedRanges([record(10, 90)], [other, uncertain(12, 30)]);
    expect(moved[0]?.source.start).toBe(10);
  });

  it('leaves the records alone without any such diagnostic', () => {
    const records = [record(10, 90)];
    expect(trustedRanges(records, [])).toEqual(records);
  });
});
