import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../src/kit/dom-text.js';
import { BLOCK_ELEMENTS, VOID_ELEMENTS } from '../../src/kit/element-kinds.js';

/** The top-level nodes of a fragment. */
const nodes = (html: string): AnyNode[] => load(html, null, false).root().contents().toArray();
const text = (html: string) => textOf(nodes(html));

/** The first element named `name` in a fragment. */
const first = (html: string, name: string): Element => {
  const element = load(html, null, false)(name).get(0);
  if (element === undefined || element.type !== 'tag') throw new Error(`no <${name}> in ${html}`);
  return element as Element;
};

describe('textOf', () => {
  it('reads <br> as a space', () => {
    expect(text('<p>Hi<br>there <a href="https://twitter.com/jane">@jane</a>!</p>')).toBe('Hi there @jane!');
    expect(text('line<br/>break<br>')).toBe('line break');
  });

  it('separates block elements with a space', () => {
    expect(text('<p>One</p><p>Two</p>')).toBe('One Two');
    expect(text('<div>a</div><div>b</div>')).toBe('a b');
    expect(text('<ul><li>one</li><li>two</li></ul>')).toBe('one two');
    expect(text('<h2>Head</h2>line')).toBe('Head line');
    expect(text('<table><tr><td>a</td><td>b</td></tr></table>')).toBe('a b');
  });

  it('separates every block element that flattened text breaks at (description lists too)', () => {
    expect(text('<dl><dt>Term</dt><dd>Meaning</dd></dl>')).toBe('Term Meaning');
    expect(text('<aside>a</aside><nav>b</nav><address>c</address>')).toBe('a b c');
    for (const name of BLOCK_ELEMENTS) {
      if (name === 'iframe' || VOID_ELEMENTS.has(name)) continue;
      expect(text(`<${name}>a</${name}><${name}>b</${name}>`), name).toBe('a b');
    }
    expect(text('a<hr>b')).toBe('a b');
  });

  it('invents no space between inline elements', () => {
    expect(text('<b>bold</b><i>italic</i><span>x</span>')).toBe('bolditalicx');
    expect(text('<p>Read <a href="https://t.co/Ab12">t.co/Ab12</a>.</p>')).toBe('Read t.co/Ab12.');
    expect(text('<p>#<a>Eastvale</a></p>')).toBe('#Eastvale');
  });

  it('keeps the spaces that are there between inline elements', () => {
    expect(text('<em>a</em> <em>b</em>')).toBe('a b');
  });

  it('has entities decoded by the parser', () => {
    expect(text('<p>Tom &amp; Jerry &mdash; &#x1F600; &lt;3</p>')).toBe('Tom & Jerry — 😀 <3');
  });

  it('collapses and trims whitespace, non-breaking spaces included', () => {
    expect(text('  \n\t <p>  spaced   out \n text </p>  ')).toBe('spaced out text');
    expect(text('<p>a&nbsp;&nbsp;b</p>')).toBe('a b');
  });

  it('skips scripts, styles, templates, noscript, svg and iframes', () => {
    expect(text('<p>a<script>var x = "no";</script>b<style>.x{color:red}</style>c</p>')).toBe('abc');
    expect(text('<p>a<template><p>t</p></template>b<noscript>n</noscript>c<svg><text>s</text></svg>d<iframe>i</iframe>e</p>')).toBe(
      'abcde',
    );
  });

  it('skips comments', () => {
    expect(text('<p>x<!-- editor note -->y</p>')).toBe('xy');
  });

  it('reads several nodes in order', () => {
    const quote = first('<blockquote><p>First</p>&mdash; Jane (@jane) <a href="x">May 1, 2024</a></blockquote>', 'blockquote');
    expect(textOf(quote.children)).toBe('First — Jane (@jane) May 1, 2024');
    expect(textOf([])).toBe('');
  });

  it('does not overflow on 10,000 levels of nesting', () => {
    expect(text(`${'<div>'.repeat(10_000)}deep text${'</div>'.repeat(10_000)}`)).toBe('deep text');
    expect(text(`<p>${'<span>'.repeat(10_000)}deep${'</span>'.repeat(10_000)}end</p>`)).toBe('deepend');
  });
});
