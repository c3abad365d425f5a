/**
 * The inline writer: collapsed, escaped text; emphasis, strong, strikethrough and links written
 * lazily next to visible content; code spans with a long-enough fence; hard breaks; delimiters
 * reopened across blocks; and formatting deeper than the cap written as plain text.
 */
import { describe, expect, it } from 'vitest';
import { InlineWriter } from '../../../src/convert/markdown/inline-writer.js';
import { renderedHtml, renderedText } from './rendered-text.js';

describe('InlineWriter: text', () => {
  it('collapses HTML whitespace and escapes special characters (doc example)', () => {
    const inline = new InlineWriter();
    inline.text('Polls ');
    inline.open('**', '**');
    inline.text('closed');
    inline.close();
    inline.text(' at 10 *pm*.');
    expect(inline.take()).toBe('Polls **closed** at 10 \\*pm\\*.');
  });

  it('runs of spaces, tabs and newlines become one space; leading and trailing space of a block is dropped', () => {
    const inline = new InlineWriter();
    inline.text('  \n Crossings\t\tstopped\n');
    inline.text('  at noon.  ');
    expect(inline.take()).toBe('Crossings stopped at noon.');
  });

  it('isEmpty until visible content arrives; whitespace alone stays empty', () => {
    const inline = new InlineWriter();
    inline.text('   ');
    inline.open('*', '*');
    expect(inline.isEmpty).toBe(true);
    inline.text('x');
    expect(inline.isEmpty).toBe(false);
    inline.take();
    expect(inline.isEmpty).toBe(true);
  });

  it('escaped text re-reads as the text given', () => {
    const inline = new InlineWriter();
    const text = 'A [draft] <b>bill</b> of 3*4 _items_ ~maybe~ | `x`';
    inline.text(text);
    expect(renderedText(inline.take())).toBe(text);
  });

  it('markup is written as given, as visible content', () => {
    const inline = new InlineWriter();
    inline.text('Map: ');
    inline.markup('![harbour](https://news.example/h.png)');
    expect(inline.take()).toBe('Map: ![harbour](https://news.example/h.png)');
  });
});

describe('InlineWriter: delimiters', () => {
  it('emphasis hugs its words: spaces inside move outside; an empty pair leaves nothing', () => {
    const inline = new InlineWriter();
    inline.text('The');
    inline.open('*', '*');
    inline.text(' final ');
    inline.close();
    inline.text('vote');
    inline.open('~~', '~~');
    inline.text('  ');
    inline.close();
    inline.text(' passed.');
    const out = inline.take();
    expect(out).toBe('The *final* vote passed.');
    expect(renderedHtml(out)).toContain('The <em>final</em> vote passed.');
  });

  it('has() tells whether a pair with that opening is open', () => {
    const inline = new InlineWriter();
    inline.open('**', '**');
    expect(inline.has('**')).toBe(true);
    expect(inline.has('*')).toBe(false);
    inline.close();
    expect(inline.has('**')).toBe(false);
  });

  it('a link is written around its text, and a "!" just before it is escaped so it is no image', () => {
    const inline = new InlineWriter();
    inline.text('Read it!');
    inline.open('[', '](https://news.example/a)');
    inline.text('here');
    inline.close();
    const out = inline.take();
    expect(out).toBe('Read it\\![here](https://news.example/a)');
    expect(renderedHtml(out)).toContain('Read it!<a href="https://news.example/a">here</a>');
  });

  it('take() closes the open delimiters and reopens them before the next block’s content', () => {
    const inline = new InlineWriter();
    inline.open('[', '](https://news.example/live)');
    inline.text('First paragraph');
    expect(inline.take()).toBe('[First paragraph](https://news.example/live)');
    inline.text('Second paragraph');
    inline.close();
    expect(inline.take()).toBe('[Second paragraph](https://news.example/live)');
  });

  it('32 nested pairs are written; deeper ones are plain text and their closes are ignored', () => {
    const inline = new InlineWriter();
    for (let k = 0; k < 40; k++) inline.open(`<${k}>`, `</${k}>`);
    inline.text('deep');
    for (let k = 0; k < 40; k++) inline.close();
    inline.text(' after');
    const out = inline.take();
    expect(out).toContain('<31>deep</31>');
    expect(out).not.toContain('<32>');
    expect(out.endsWith('</0> after')).toBe(true);
    expect(out.match(/<\/\d+>/g)).toHaveLength(32);
    expect(inline.has('<0>')).toBe(false);
  });
});

describe('InlineWriter: code spans', () => {
  it('code keeps its characters unescaped, whitespace collapsed', () => {
    const inline = new InlineWriter();
    inline.text('Run ');
    inline.beginCode();
    inline.text('npm  run\nbuild *now*');
    inline.endCode();
    inline.text(' first.');
    const out = inline.take();
    expect(out).toBe('Run `npm run build *now*` first.');
    expect(renderedHtml(out)).toContain('<code>npm run build *now*</code>');
  });

  it('the fence is longer than any run of backticks inside, padded when the code starts or ends with one', () => {
    const inline = new InlineWriter();
    inline.beginCode();
    inline.text('a `` b');
    inline.endCode();
    inline.text(' and ');
    inline.beginCode();
    inline.text('`tick`');
    inline.endCode();
    const out = inline.take();
    expect(out).toBe('```a `` b``` and `` `tick` ``');
    expect(renderedHtml(out)).toContain('<code>a `` b</code> and <code>`tick`</code>');
  });

  it('spaces at a code span’s edges go outside it; an all-space span is a space', () => {
    const inline = new InlineWriter();
    inline.text('x');
    inline.beginCode();
    inline.text(' y ');
    inline.endCode();
    inline.text('z');
    inline.beginCode();
    inline.text('  ');
    inline.endCode();
    inline.text('w');
    expect(inline.take()).toBe('x `y` z w');
  });

  it('nested code spans make one span; an unmatched endCode is ignored', () => {
    const inline = new InlineWriter();
    inline.endCode();
    inline.beginCode();
    inline.text('a');
    inline.beginCode();
    inline.text('b');
    inline.endCode();
    inline.text('c');
    inline.endCode();
    expect(inline.take()).toBe('`abc`');
  });

  it('markup inside a code span is dropped; a code span open at take() is closed and continues', () => {
    const inline = new InlineWriter();
    inline.beginCode();
    inline.markup('![x](y.png)');
    inline.text('line one');
    expect(inline.take()).toBe('`line one`');
    inline.text('line two');
    inline.endCode();
    expect(inline.take()).toBe('`line two`');
  });
});

describe('InlineWriter: line breaks', () => {
  it('a break between content is a hard break; marked reads <br>', () => {
    const inline = new InlineWriter();
    inline.text('Harbour Road');
    expect(inline.lineBreak()).toBe(false);
    inline.text('Penhallow');
    const out = inline.take();
    expect(out).toBe('Harbour Road\\\nPenhallow');
    expect(renderedHtml(out)).toContain('Harbour Road<br>Penhallow');
  });

  it('a break before any content and a trailing break leave nothing', () => {
    const inline = new InlineWriter();
    expect(inline.lineBreak()).toBe(false);
    inline.text('Only line');
    inline.lineBreak();
    expect(inline.take()).toBe('Only line');
  });

  it('a second break with nothing between reports true (the caller starts a paragraph)', () => {
    const inline = new InlineWriter();
    inline.text('One');
    expect(inline.lineBreak()).toBe(false);
    expect(inline.lineBreak()).toBe(true);
  });

  it('a break inside a code span is a space', () => {
    const inline = new InlineWriter();
    inline.beginCode();
    inline.text('a');
    expect(inline.lineBreak()).toBe(false);
    inline.text('b');
    inline.endCode();
    expect(inline.take()).toBe('`a b`');
  });
});
