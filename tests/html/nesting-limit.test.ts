import { describe, expect, it } from 'vitest';
import { MAX_FRAGMENT_DEPTH, depthLimitedEnd } from '../../src/html/nesting-limit.js';
import { extractEmbedsWithDiagnostics } from '../../src/index.js';

describe('depthLimitedEnd', () => {
  it('returns the offset of the first tag that goes deeper than the limit', () => {
    const html = '<div><div><div>x';
    expect(depthLimitedEnd(html, 0, html.length, 2)).toBe(10);
    expect(depthLimitedEnd(html, 0, html.length, 3)).toBe(html.length);
  });

  it('does not count closed elements, void elements or raw text', () => {
    const html = `<div>${'<p>a</p><br><img src="x">'.repeat(50)}<script>${'<div>'.repeat(50)}</script></div>`;
    expect(depthLimitedEnd(html, 0, html.length, 2)).toBe(html.length);
  });

  it('treats <p>, <li> and <td> start tags as closing an open sibling of their name', () => {
    const html = `<blockquote>${'<p>x'.repeat(1000)}${'<li>y'.repeat(1000)}`;
    expect(depthLimitedEnd(html, 0, html.length, 3)).toBe(html.length);
  });

  it('takes "/>" as closing only inside svg and math', () => {
    const svg = `<svg>${'<path d="M0"/>'.repeat(500)}</svg>`;
    expect(depthLimitedEnd(svg, 0, svg.length, 4)).toBe(svg.length);
    const divs = '<div/>'.repeat(10);
    expect(depthLimitedEnd(divs, 0, divs.length, 4)).toBe(24);
  });

  it('ignores a stray end tag and closes up to a matching one near the top', () => {
    const html = '<div><span><b></i></div><div><div>';
    expect(depthLimitedEnd(html, 0, html.length, 3)).toBe(html.length);
    // Without the </div>, the last <div> would be the fourth level.
    expect(depthLimitedEnd('<div><span><b></i><div>', 0, 23, 3)).toBe(18);
  });

  it('only looks inside [start, end)', () => {
    const html = `${'<div>'.repeat(10)}<p>ok</p>${'<div>'.repeat(10)}`;
    expect(depthLimitedEnd(html, 50, 59, 1)).toBe(59);
  });
});

describe('a hostile embed nested too deep', () => {
  it('is read up to the limit and reported as truncated', () => {
    const html = `<blockquote class="twitter-tweet"><p lang="en">Still here. #deep</p>${'<div>'.repeat(MAX_FRAGMENT_DEPTH * 4)}&mdash; Deep Desk (@deepdesk) <a href="https://twitter.com/deepdesk/status/1755259323123712345">February 7, 2024</a></blockquote>`;
    const { embeds, diagnostics } = extractEmbedsWithDiagnostics(html, { format: 'html' });
    expect(embeds).toHaveLength(1);
    expect(embeds[0]?.text).toBe('Still here. #deep');
    expect(embeds[0]?.hashtags).toEqual(['deep']);
    expect(diagnostics.some((d) => d.code === 'truncated' && d.message.includes(`${MAX_FRAGMENT_DEPTH} elements deep`))).toBe(true);
  });

  it('leaves a real embed with ordinary nesting untouched', () => {
    const html = `<figure><div><div><blockquote class="twitter-tweet"><p lang="en">Calm <b><i><span>day</span></i></b></p>&mdash; Desk (@desk) <a href="https://twitter.com/desk/status/1755259323123712345">February 7, 2024</a></blockquote></div></div></figure>`;
    const { embeds, diagnostics } = extractEmbedsWithDiagnostics(html, { format: 'html' });
    expect(embeds[0]?.id).toBe('1755259323123712345');
    expect(diagnostics.filter((d) => d.code === 'truncated')).toEqual([]);
  });
});
