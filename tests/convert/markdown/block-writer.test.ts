/**
 * The block writer: blocks inside quotes, lists and items get their containers' prefixes, are
 * separated as CommonMark expects (blank line between blocks, line break between tight items), and
 * marked reads the nesting back as written.
 */
import { describe, expect, it } from 'vitest';
import { BlockWriter } from '../../../src/convert/markdown/block-writer.js';
import { renderedHtml } from './rendered-text.js';

describe('BlockWriter: top level', () => {
  it('blocks are separated by one blank line; multi-line blocks keep their lines', () => {
    const blocks = new BlockWriter();
    blocks.write(['# Storm closes ferries']);
    blocks.write(['Harbour Road\\', 'Penhallow']);
    blocks.write(['---']);
    expect(blocks.output()).toBe('# Storm closes ferries\n\nHarbour Road\\\nPenhallow\n\n---\n');
  });

  it('write returns where the block’s text starts and ends in the output', () => {
    const blocks = new BlockWriter();
    blocks.write(['Intro.']);
    blocks.openQuote();
    const at = blocks.write(['Quoted line', 'second']);
    const out = blocks.output();
    expect(out.slice(at.start, at.end)).toBe('Quoted line\n> second');
    expect(blocks.textEnd).toBe(out.length - 1);
  });

  it('an empty block writes nothing and changes no separation', () => {
    const blocks = new BlockWriter();
    blocks.write(['One']);
    expect(blocks.write([])).toEqual({ start: 4, end: 4 });
    blocks.write(['Two']);
    expect(blocks.output()).toBe('One\n\nTwo\n');
  });

  it('textEnd is 0 before anything is written', () => {
    expect(new BlockWriter().textEnd).toBe(0);
  });
});

describe('BlockWriter: quotes', () => {
  it('a quote prefixes every line and keeps its ">" on the blank line between blocks (doc example)', () => {
    const blocks = new BlockWriter();
    blocks.openQuote();
    blocks.write(['Hello']);
    blocks.write(['World']);
    blocks.close();
    expect(blocks.output()).toBe('> Hello\n>\n> World\n');
  });

  it('nested quotes stack their prefixes; marked reads two levels', () => {
    const blocks = new BlockWriter();
    blocks.openQuote();
    blocks.write(['The minister said:']);
    blocks.openQuote();
    expect(blocks.quoteDepth).toBe(2);
    blocks.write(['No sailings today.']);
    blocks.close();
    blocks.close();
    blocks.write(['After the quote.']);
    const out = blocks.output();
    expect(out).toBe('> The minister said:\n>\n> > No sailings today.\n\nAfter the quote.\n');
    expect(renderedHtml(out).match(/<blockquote>/g)).toHaveLength(2);
    expect(renderedHtml(out)).toMatch(/<\/blockquote>\n<p>After the quote.<\/p>/);
    expect(blocks.quoteDepth).toBe(0);
  });

  it('an empty line inside a block keeps only the trimmed prefix', () => {
    const blocks = new BlockWriter();
    blocks.openQuote();
    blocks.write(['```', 'a', '', 'b', '```']);
    expect(blocks.output()).toBe('> ```\n> a\n>\n> b\n> ```\n');
  });
});

describe('BlockWriter: lists', () => {
  it('a tight unordered list: items on consecutive lines', () => {
    const blocks = new BlockWriter();
    blocks.openList(false, 1);
    for (const text of ['Quay', 'Station', 'Pier']) {
      blocks.openItem();
      blocks.write([text]);
      blocks.close();
    }
    blocks.close();
    blocks.write(['Next paragraph.']);
    expect(blocks.output()).toBe('- Quay\n- Station\n- Pier\n\nNext paragraph.\n');
  });

  it('an ordered list counts from its start; an item’s later lines and blocks are indented by its marker', () => {
    const blocks = new BlockWriter();
    blocks.openList(true, 9);
    blocks.openItem();
    blocks.write(['Ninth', 'still ninth']);
    blocks.write(['A second paragraph.']);
    blocks.close();
    blocks.openItem();
    blocks.write(['Tenth']);
    blocks.close();
    blocks.close();
    const out = blocks.output();
    expect(out).toBe('9. Ninth\n   still ninth\n\n   A second paragraph.\n10. Tenth\n');
    const html = renderedHtml(out);
    expect(html).toContain('<ol start="9">');
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toContain('<p>A second paragraph.</p>');
  });

  it('a nested list follows its item on the next line, indented under the item’s text', () => {
    const blocks = new BlockWriter();
    blocks.openList(false, 1);
    blocks.openItem();
    blocks.write(['Routes']);
    blocks.openList(true, 1);
    expect(blocks.listDepth).toBe(2);
    blocks.openItem();
    blocks.write(['Penhallow']);
    blocks.close();
    blocks.openItem();
    blocks.write(['Marrick']);
    blocks.close();
    blocks.close();
    blocks.close();
    blocks.openItem();
    blocks.write(['Fares']);
    blocks.close();
    blocks.close();
    const out = blocks.output();
    expect(out).toBe('- Routes\n  1. Penhallow\n  2. Marrick\n- Fares\n');
    const html = renderedHtml(out);
    expect(html.match(/<ul>/g)).toHaveLength(1);
    expect(html.match(/<ol>/g)).toHaveLength(1);
    expect(html.match(/<li>/g)).toHaveLength(4);
  });

  it('a nested ordered list not starting at 1 is set off by a blank line (it cannot interrupt a paragraph)', () => {
    const blocks = new BlockWriter();
    blocks.openList(false, 1);
    blocks.openItem();
    blocks.write(['Results']);
    blocks.openList(true, 4);
    blocks.openItem();
    blocks.write(['Fourth']);
    const out = blocks.output();
    expect(out).toBe('- Results\n\n  4. Fourth\n');
    expect(renderedHtml(out)).toContain('<ol start="4">');
  });

  it('a list inside a quote and a quote inside an item combine their prefixes', () => {
    const blocks = new BlockWriter();
    blocks.openQuote();
    blocks.openList(false, 1);
    blocks.openItem();
    blocks.write(['Item in a quote']);
    blocks.openQuote();
    blocks.write(['Quote in the item', 'second line']);
    expect(blocks.depth).toBe(4);
    expect(blocks.top).toBe('quote');
    const out = blocks.output();
    expect(out).toBe('> - Item in a quote\n>\n>   > Quote in the item\n>   > second line\n');
    const html = renderedHtml(out);
    expect(html).toMatch(/^<blockquote>\n<ul>\n<li>/);
    expect(html.match(/<blockquote>/g)).toHaveLength(2);
  });

  it('openItem outside a list and close with nothing open do nothing', () => {
    const blocks = new BlockWriter();
    blocks.openItem();
    blocks.close();
    expect(blocks.depth).toBe(0);
    expect(blocks.top).toBeNull();
    blocks.write(['Plain']);
    expect(blocks.output()).toBe('Plain\n');
  });
});
