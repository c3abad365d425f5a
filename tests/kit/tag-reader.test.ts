import { describe, expect, it } from 'vitest';
import { findRawTextEnd, findTagEnd, readTagAt } from '../../src/kit/tag-reader.js';

describe('readTagAt', () => {
  it('reads a start tag with its lowercase name and end', () => {
    expect(readTagAt('<p class="a">x</p>', 0)).toEqual({ kind: 'open', name: 'p', selfClosing: false, end: 13 });
    expect(readTagAt('<BlockQuote CLASS="twitter-tweet">', 0)).toEqual({ kind: 'open', name: 'blockquote', selfClosing: false, end: 34 });
  });

  it('reads a tag in the middle of a page', () => {
    const html = '<p>Intro</p><amp-twitter data-tweetid="20" layout="responsive"></amp-twitter>';
    const lt = html.indexOf('<amp');
    expect(readTagAt(html, lt)).toEqual({ kind: 'open', name: 'amp-twitter', selfClosing: false, end: html.indexOf('</amp') });
  });

  it('reads end tags, with space before > and in any case', () => {
    expect(readTagAt('x</p>', 1)).toEqual({ kind: 'close', name: 'p', selfClosing: false, end: 5 });
    expect(readTagAt('</DIV >', 0)).toEqual({ kind: 'close', name: 'div', selfClosing: false, end: 7 });
  });

  it('marks tags ending with />', () => {
    expect(readTagAt('<br/>', 0)).toMatchObject({ kind: 'open', name: 'br', selfClosing: true, end: 5 });
    expect(readTagAt('<img src="a.png" />', 0)).toMatchObject({ name: 'img', selfClosing: true, end: 19 });
    expect(readTagAt('<a href=x/>', 0)).toMatchObject({ selfClosing: true, end: 11 });
    expect(readTagAt('<br>', 0)).toMatchObject({ selfClosing: false });
  });

  it('reads a comment as one "other" tag, however many > it holds', () => {
    const html = '<!-- <blockquote class="twitter-tweet"> a > b --><p>after</p>';
    expect(readTagAt(html, 0)).toEqual({ kind: 'other', name: '', selfClosing: true, end: html.indexOf('<p>') });
    expect(readTagAt('<!---->x', 0)).toMatchObject({ kind: 'other', end: 7 });
  });

  it('runs an unclosed comment to the end of the input', () => {
    const html = '<p>a</p><!-- <blockquote class="twitter-tweet">never closed';
    expect(readTagAt(html, 8)).toEqual({ kind: 'other', name: '', selfClosing: true, end: html.length });
  });

  it('reads doctypes, CDATA-like and processing instructions as "other"', () => {
    expect(readTagAt('<!DOCTYPE html><html>', 0)).toEqual({ kind: 'other', name: '', selfClosing: true, end: 15 });
    expect(readTagAt('<?xml version="1.0"?><a>', 0)).toEqual({ kind: 'other', name: '', selfClosing: true, end: 21 });
    expect(readTagAt('<![CDATA[x]]><p>', 0)).toMatchObject({ kind: 'other', end: 13 });
    expect(readTagAt('<!doctype html', 0)).toMatchObject({ kind: 'other', end: 14 });
  });

  it('returns null for a stray < that starts no tag', () => {
    expect(readTagAt('Prices rose 3% (<5% expected)', 16)).toBeNull();
    expect(readTagAt('a < b', 2)).toBeNull();
    expect(readTagAt('I <3 this', 2)).toBeNull();
    expect(readTagAt('< p>', 0)).toBeNull();
    expect(readTagAt('</>', 0)).toBeNull();
    expect(readTagAt('</ p>', 0)).toBeNull();
    expect(readTagAt('<', 0)).toBeNull();
    expect(readTagAt('x <', 2)).toBeNull();
  });

  it('skips a > inside a quoted attribute value', () => {
    expect(readTagAt('<a title="x>y" b=c>text', 0)).toMatchObject({ name: 'a', end: 19 });
    expect(readTagAt("<a title='x>y'>text", 0)).toMatchObject({ end: 15 });
    expect(readTagAt('<a title = "x>y">text', 0)).toMatchObject({ end: 17 });
  });

  it('does not open a value at a stray quote that is not after =', () => {
    // `it"s` is a mangled attribute name; the `"` is a stray character and the tag ends at the next `>`.
    expect(readTagAt('<a it"s>bold</a>', 0)).toMatchObject({ name: 'a', end: 8 });
    expect(readTagAt("<p data-x='1' don't>text</p>", 0)).toMatchObject({ name: 'p', end: 20 });
  });

  it('runs an unclosed tag or an unclosed quote to the end of the input', () => {
    expect(readTagAt('<div class=x', 0)).toEqual({ kind: 'open', name: 'div', selfClosing: false, end: 12 });
    const html = '<div class="unclosed><p>text</p>';
    expect(readTagAt(html, 0)).toMatchObject({ kind: 'open', name: 'div', end: html.length });
  });
});

describe('findTagEnd', () => {
  it('returns the offset just past the closing >', () => {
    expect(findTagEnd('<a title="x>y">', 2)).toBe(15);
    expect(findTagEnd('<p>', 2)).toBe(3);
    expect(findTagEnd('<p class="a">rest>', 2)).toBe(13);
  });

  it('treats a quote not after = as a stray character', () => {
    expect(findTagEnd('<a it"s>bold', 2)).toBe(8);
    expect(findTagEnd('<a b=c"d>e', 2)).toBe(9);
  });

  it('opens a value at a quote after = with spaces between', () => {
    expect(findTagEnd('<a b =  "c>d">e', 2)).toBe(14);
  });

  it('returns the input length when there is no end', () => {
    expect(findTagEnd('<a b="c', 2)).toBe(7);
    expect(findTagEnd('<a b', 2)).toBe(4);
    expect(findTagEnd('', 0)).toBe(0);
  });
});

describe('findRawTextEnd', () => {
  it('ends just past the element end tag', () => {
    expect(findRawTextEnd('<script>a</script><p>', 8, 'script')).toEqual({ end: 18 });
  });

  it('ignores markup and look-alike end tags inside the raw text', () => {
    const html = '<script>if (a</b) x = "</scripts>"; document.write("<p>");</SCRIPT ><p>after</p>';
    expect(findRawTextEnd(html, 8, 'script')).toEqual({ end: html.indexOf('<p>after') });
  });

  it('matches the end tag case-insensitively and skips quoted > in it', () => {
    const html = '<style>.a{}</STYLE title=">">rest';
    expect(findRawTextEnd(html, 7, 'style')).toEqual({ end: html.indexOf('rest') });
  });

  it('ends at </name/ too', () => {
    const html = '<script>x</script/><p>';
    expect(findRawTextEnd(html, 8, 'script')).toEqual({ end: html.indexOf('<p>') });
  });

  it('works for textarea and iframe, whose content is not markup', () => {
    const html = '<textarea><blockquote class="twitter-tweet">x</blockquote></textarea><p>';
    expect(findRawTextEnd(html, 10, 'textarea')).toEqual({ end: html.indexOf('<p>') });
    const frame = '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>after';
    expect(findRawTextEnd(frame, frame.indexOf('>') + 1, 'iframe')).toEqual({ end: frame.indexOf('after') });
  });

  it('runs to the end of the input when there is no end tag', () => {
    expect(findRawTextEnd('<script>never closed', 8, 'script')).toEqual({ end: 20 });
    // `</script` without a following space, `/` or `>` is not an end tag.
    expect(findRawTextEnd('<script>a</script', 8, 'script')).toEqual({ end: 17 });
  });

  it('ends only at a space, `/` or `>` after the name, as `\\s` has it: NEL (U+0085) is no HTML space', () => {
    const html = '<script>a("</script\u0085>");</script\u00a0><p>';
    expect(findRawTextEnd(html, 8, 'script')).toEqual({ end: html.indexOf('<p>') });
    expect(findRawTextEnd(html, 8, 'script', html.length - 3)).toEqual({ end: html.indexOf('<p>') });
  });

  it('with a limit, finds no end tag at or past it, and otherwise agrees with the unlimited search', () => {
    const html = '<script>a</b></script ><style>x</style><script>never closed';
    const unlimited = findRawTextEnd(html, 8, 'script').end;
    expect(unlimited).toBe(html.indexOf('<style>'));
    for (let limit = 8; limit <= html.length; limit++) {
      const { end } = findRawTextEnd(html, 8, 'script', limit);
      // Up to the limit the answer is the element's end; past it, the element does not end by then.
      if (limit >= html.indexOf('</script') + '</script '.length) expect(end).toBe(unlimited);
      else expect(end).toBe(html.length);
    }
    const last = html.lastIndexOf('<script>') + 8;
    expect(findRawTextEnd(html, last, 'script', html.length - 2)).toEqual({ end: html.length });
  });

  it('only looks from the given offset on', () => {
    const html = '<script>a</script><p>mid</p><script>b</script>';
    const second = html.lastIndexOf('<script>') + 8;
    expect(findRawTextEnd(html, second, 'script')).toEqual({ end: html.length });
  });
});

describe('empty comments', () => {
  it('ends `<!-->` and `<!--->` where they stand, as HTML does', () => {
    expect(readTagAt('<!--><p>', 0)).toMatchObject({ kind: 'other', end: 5 });
    expect(readTagAt('<!---><p>', 0)).toMatchObject({ kind: 'other', end: 6 });
  });
});
