import { describe, expect, it } from 'vitest';
import { parseAttributes } from '../../src/kit/attributes.js';

const entries = (tag: string) => [...parseAttributes(tag)];

describe('parseAttributes', () => {
  it('reads double-quoted, single-quoted and unquoted values', () => {
    expect(entries('<blockquote class="twitter-tweet" data-lang=de data-theme=\'dark\'>')).toEqual([
      ['class', 'twitter-tweet'],
      ['data-lang', 'de'],
      ['data-theme', 'dark'],
    ]);
  });

  it('keeps the other quote character and spaces inside a quoted value', () => {
    expect(entries(`<a href='https://example.com/a b' title="Mayor's office">`)).toEqual([
      ['href', 'https://example.com/a b'],
      ['title', "Mayor's office"],
    ]);
  });

  it('keeps a > inside a quoted value', () => {
    expect(parseAttributes('<a title="2 > 1" href=x>').get('title')).toBe('2 > 1');
  });

  it('allows spaces around =', () => {
    expect(entries('<iframe width = "550" height= 300 frameborder ="0">')).toEqual([
      ['width', '550'],
      ['height', '300'],
      ['frameborder', '0'],
    ]);
  });

  it('reads tabs and newlines as attribute separators', () => {
    expect(entries('<div\tclass="embed-twitter"\n\tdata-tweet-id="1765012345678901234">')).toEqual([
      ['class', 'embed-twitter'],
      ['data-tweet-id', '1765012345678901234'],
    ]);
  });

  it('gives valueless attributes the empty string', () => {
    expect(entries('<script async defer src="https://platform.twitter.com/widgets.js">')).toEqual([
      ['async', ''],
      ['defer', ''],
      ['src', 'https://platform.twitter.com/widgets.js'],
    ]);
    expect(entries('<blockquote placeholder>')).toEqual([['placeholder', '']]);
  });

  it('keeps the first of duplicate names, as browsers do', () => {
    expect(parseAttributes('<blockquote class="twitter-tweet" class="pullquote">').get('class')).toBe('twitter-tweet');
    expect(parseAttributes('<a CLASS="first" Class="second" class=third>').get('class')).toBe('first');
    expect(parseAttributes('<a CLASS="first" Class="second" class=third>').size).toBe(1);
  });

  it('lowercases names and keeps the case of values', () => {
    expect(entries('<BLOCKQUOTE CLASS="Twitter-Tweet" Data-Lang="EN">')).toEqual([
      ['class', 'Twitter-Tweet'],
      ['data-lang', 'EN'],
    ]);
  });

  it('decodes named, numeric and legacy entities in values', () => {
    expect(parseAttributes('<a href="https://t.co/x?a=1&amp;b=2" title=x>').get('href')).toBe('https://t.co/x?a=1&b=2');
    expect(parseAttributes('<a title="Tom &amp; Jerry &lt;3 &#x41;&#66; &copy">').get('title')).toBe('Tom & Jerry <3 AB ©');
    expect(parseAttributes('<a title=caf&eacute;>').get('title')).toBe('café');
    expect(parseAttributes('<div data-embed="&lt;blockquote class=&quot;twitter-tweet&quot;&gt;">').get('data-embed')).toBe(
      '<blockquote class="twitter-tweet">',
    );
  });

  it('leaves values without & as written', () => {
    expect(parseAttributes('<a title="100% sure; a=b">').get('title')).toBe('100% sure; a=b');
  });

  it('handles self-closing tags, with and without a space before />', () => {
    expect(entries('<img src="photo.jpg" alt=""/>')).toEqual([
      ['src', 'photo.jpg'],
      ['alt', ''],
    ]);
    expect(entries('<br />')).toEqual([]);
    expect(entries('<input disabled/>')).toEqual([['disabled', '']]);
  });

  it('keeps a slash that ends an unquoted value, as browsers do', () => {
    expect(parseAttributes('<a href=https://example.com/news/>').get('href')).toBe('https://example.com/news/');
  });

  it('reads slashes between attributes as separators', () => {
    expect(entries('<a/b/c>')).toEqual([
      ['b', ''],
      ['c', ''],
    ]);
  });

  it('returns an empty map for tags without attributes and for non-tags', () => {
    expect(parseAttributes('<p>').size).toBe(0);
    expect(parseAttributes('<p').size).toBe(0);
    expect(parseAttributes('<').size).toBe(0);
    expect(parseAttributes('').size).toBe(0);
  });

  it('runs an unterminated quoted value to the end of the tag text', () => {
    expect(parseAttributes('<a href="https://example.com/unterminated>').get('href')).toBe('https://example.com/unterminated>');
    expect(parseAttributes("<a title='open").get('title')).toBe('open');
  });

  it('survives garbage and still reads the attributes after it', () => {
    for (const tag of ['<a = "x" ==y class="after">', '<a """ class="after">', '<a \u0000\u0001 class="after">']) {
      expect(parseAttributes(tag).get('class')).toBe('after');
    }
  });

  it('stops at the first > outside quotes', () => {
    expect(entries('<p class="a">text <b class="b">')).toEqual([['class', 'a']]);
  });

  it('reads at most 64 attributes', () => {
    const names = Array.from({ length: 100 }, (_, k) => `data-a${k}="${k}"`);
    const attributes = parseAttributes(`<div ${names.join(' ')}>`);
    expect(attributes.size).toBe(64);
    expect(attributes.get('data-a63')).toBe('63');
    expect(attributes.has('data-a64')).toBe(false);
  });

  it('stays fast on a huge hostile tag', () => {
    const tag = `<div ${'a=" '.repeat(50_000)}>`;
    const started = performance.now();
    expect(() => parseAttributes(tag)).not.toThrow();
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
