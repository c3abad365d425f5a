/** src/convert/html-cuts.ts on its own (split from the converter's parts test). */
import { describe, expect, it } from 'vitest';
import { growHtmlCut } from '../../src/convert/html-cuts.js';
import { platform } from './embed-record.js';

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
