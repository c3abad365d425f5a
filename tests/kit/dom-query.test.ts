import { load } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { childElements, elementsNamed, elementsWhere, firstDescendant, outermost, without } from '../../src/kit/dom-query.js';
import { textOf } from '../../src/kit/dom-text.js';

/** The top-level nodes of a fragment. */
const nodes = (html: string): AnyNode[] => load(html, null, false).root().contents().toArray();

/** The first element named `name` in a fragment. */
const first = (html: string, name: string): Element => {
  const element = load(html, null, false)(name).get(0);
  if (element === undefined || element.type !== 'tag') throw new Error(`no <${name}> in ${html}`);
  return element as Element;
};

describe('elementsWhere / elementsNamed', () => {
  it('returns matching elements among the nodes and their descendants, in document order', () => {
    const found = elementsNamed(nodes('<p>a <a href="1">x</a> <b><a href="2">y</a></b></p><a href="3">z</a>'), 'a');
    expect(found.map((a) => a.attribs.href)).toEqual(['1', '2', '3']);
  });

  it('includes a node that matches itself and stops at the limit', () => {
    const all = nodes('<div data-tweet-id="1"><div data-tweet-id="2"></div></div><div data-tweet-id="3"></div>');
    expect(elementsWhere(all, (e) => 'data-tweet-id' in e.attribs).map((e) => e.attribs['data-tweet-id'])).toEqual(['1', '2', '3']);
    expect(elementsWhere(all, (e) => 'data-tweet-id' in e.attribs, 2)).toHaveLength(2);
  });

  it('walks 20,000 levels of nesting without overflowing the stack', () => {
    const deep = nodes(`${'<span>'.repeat(20_000)}<a href="deep">x</a>`);
    expect(elementsNamed(deep, 'a').map((a) => a.attribs.href)).toEqual(['deep']);
  });
});

describe('firstDescendant', () => {
  it('finds the first matching descendant, never the root itself', () => {
    const root = first('<div class="wrap"><p>a</p><blockquote class="one"></blockquote><blockquote class="two"></blockquote></div>', 'div');
    expect(firstDescendant(root, (e) => e.name === 'blockquote')?.attribs.class).toBe('one');
    expect(firstDescendant(root, (e) => e.name === 'div')).toBeNull();
  });
});

describe('childElements', () => {
  it('returns only direct children of the name', () => {
    const quote = first('<blockquote><p>a</p><a href="x">b</a><div><p>nested</p></div><p>c</p></blockquote>', 'blockquote');
    expect(childElements(quote, 'p').map((p) => textOf([p]))).toEqual(['a', 'c']);
    expect(childElements(quote, 'a')).toHaveLength(1);
  });
});

describe('without', () => {
  it('drops the excluded nodes and keeps the order of the rest', () => {
    const quote = first('<blockquote><p>a</p>text<p>b</p><a>c</a></blockquote>', 'blockquote');
    const [p1, , p2, a] = quote.children;
    expect(textOf(without(quote.children, [p1, p2, null]))).toBe('textc');
    expect(without(quote.children, [a])).toHaveLength(3);
  });
});

describe('outermost', () => {
  it('returns the outermost elements of a name in document order', () => {
    const root = first('<blockquote><p>a</p><div><p>b</p></div><section><p>c</p></section></blockquote>', 'blockquote');
    expect(outermost(root, 'p').map((p) => textOf([p]))).toEqual(['a', 'b', 'c']);
  });

  it('does not return elements nested in a found one', () => {
    const root = first('<blockquote><div class="a"><div class="b">x</div></div><div class="c">y</div></blockquote>', 'blockquote');
    expect(outermost(root, 'div').map((div) => div.attribs.class)).toEqual(['a', 'c']);
  });

  it('does not look inside a nested blockquote', () => {
    const root = first('<blockquote><p>outer</p><blockquote><p>quoted</p></blockquote><div><p>after</p></div></blockquote>', 'blockquote');
    expect(outermost(root, 'p').map((p) => textOf([p]))).toEqual(['outer', 'after']);
  });

  it('returns nothing when there is no such element', () => {
    expect(outermost(first('<blockquote>just text</blockquote>', 'blockquote'), 'p')).toEqual([]);
  });

  it('does not overflow on 10,000 levels of nesting', () => {
    const root = first(`<blockquote>${'<span>'.repeat(10_000)}<p>deep</p>${'</span>'.repeat(10_000)}<p>end</p></blockquote>`, 'blockquote');
    expect(outermost(root, 'p').map((p) => textOf([p]))).toEqual(['deep', 'end']);
  });
});
