import { describe, expect, it } from 'vitest';
import { baseHref } from '../../src/html/base-element.js';

describe('baseHref', () => {
  it('is the href of the first <base> that has one', () => {
    expect(baseHref('<head><BASE target=_top><base href="/amp/?a=1&amp;b=2"><base href="/other/"></head>')).toBe('/amp/?a=1&b=2');
    expect(baseHref('<base/href=https://cdn.news.example/>')).toBe('https://cdn.news.example/');
  });

  it('is null without one; <basefont> and <baseline> are other elements', () => {
    expect(baseHref('<p>no base</p>')).toBeNull();
    expect(baseHref('<basefont href="/x/"><baseline href="/y/">')).toBeNull();
    expect(baseHref('<base target="_blank">')).toBeNull();
  });
});
