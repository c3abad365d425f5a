import { describe, expect, it } from 'vitest';
import { absoluteUrl, classifyLink, toLink } from '../../src/links/index.js';

describe('classifyLink', () => {
  it.each([
    ['https://t.co/lav5U0u7bi', 'short'],
    ['https://bit.ly/3xYzAbc', 'short'],
    ['https://www.bit.ly/3xYzAbc', 'short'],
    ['https://pic.twitter.com/EQsKUijoL0', 'media'],
    ['https://pic.x.com/EQsKUijoL0', 'media'],
    ['https://twitter.com/SecBlinken/status/1755259323123712345', 'permalink'],
    ['https://www.instagram.com/p/C3abcDEFghi/', 'permalink'],
    ['https://twitter.com/SecBlinken', 'profile'],
    ['https://twitter.com/hashtag/Gaza?src=hash', 'hashtag'],
    ['https://www.state.gov/secretary-blinkens-travel', 'external'],
    ['not a url at all', 'external'],
  ])('%s is %s', (url, kind) => {
    expect(classifyLink(url)).toBe(kind);
  });
});

describe('absoluteUrl and toLink', () => {
  it('adds https to scheme-less links and keeps the written text', () => {
    expect(absoluteUrl('pic.twitter.com/EQsKUijoL0')).toBe('https://pic.twitter.com/EQsKUijoL0');
    expect(absoluteUrl('HTTPS://t.co/x')).toBe('https://t.co/x');
    expect(toLink('bit.ly/3xYzAbc')).toEqual({ url: 'https://bit.ly/3xYzAbc', text: 'bit.ly/3xYzAbc', kind: 'short' });
  });
});
