import { describe, expect, it } from 'vitest';
import { flattenHtml, looksLikeHtml } from '../../src/html/index.js';

describe('flattenHtml', () => {
  it('drops tags and scripts, decodes entities and maps offsets back', () => {
    const html =
      '<blockquote class="twitter-tweet"><p lang="en">Hi &amp; bye<br>again</p>&mdash; Jane (@jane) <a href="x">May 1, 2024</a></blockquote><script async src="w.js"></script>';
    const flat = flattenHtml(html);
    expect(flat.text.trim()).toBe('Hi & bye\nagain\n\n— Jane (@jane) May 1, 2024');
    const dash = flat.text.indexOf('—');
    expect(html.slice(flat.inputStart(dash), flat.inputEnd(dash + 1))).toBe('&mdash;');
    const hi = flat.text.indexOf('Hi');
    expect(html.slice(flat.inputStart(hi), flat.inputEnd(hi + 2))).toBe('Hi');
  });
  it('counts the line breaks a text run already ends with before breaking for a block or <br>', () => {
    // A run of only whitespace adds its newlines to those before it; a run with text starts the count again.
    expect(flattenHtml('<p>one</p>\n\n<p>two</p>\n<br>three').text).toBe('\n\none\n\n\n\ntwo\n\n\n\nthree');
    expect(flattenHtml('a\n \t\n<br>b').text).toBe('a\n \t\n\nb');
    expect(flattenHtml('x \n<div>y</div> \r\n z<br><br>w').text).toBe('x \n\ny\n\n \r\n z\n\nw');
    expect(flattenHtml('<p>a &amp;\n</p><p>b</p>').text).toBe('\n\na &\n\nb\n\n');
  });
  it('maps offsets back across many segments', () => {
    const html = Array.from({ length: 300 }, (_, k) => `<p>line ${k} &amp; more</p>`).join('');
    const flat = flattenHtml(html);
    const at = flat.text.indexOf('line 271 &');
    expect(html.slice(flat.inputStart(at), flat.inputEnd(at + 10))).toBe('line 271 &amp;');
    expect(flat.inputStart(flat.text.length)).toBe(html.length);
    expect(flat.inputEnd(0)).toBe(0);
  });
  it('keeps a stray < and survives unclosed tags and quotes', () => {
    expect(flattenHtml('3 < 5 and <p>ok').text).toBe('3 < 5 and \n\nok');
    expect(() => flattenHtml('<div class="unclosed><p>text')).not.toThrow();
    expect(flattenHtml('<script>var a = "<p>no</p>";').text).toBe('');
  });
});

describe('looksLikeHtml', () => {
  it('tells markup from text', () => {
    expect(looksLikeHtml('<p>Hello</p>')).toBe(true);
    expect(looksLikeHtml('  <!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('Text with <b>bold</b> words')).toBe(true);
    expect(looksLikeHtml('Prices rose 3% (<5% expected) — Jane (@jane) May 1, 2024')).toBe(false);
    expect(looksLikeHtml('a <p is not a tag')).toBe(false);
  });
});
