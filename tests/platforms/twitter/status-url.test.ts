import { describe, expect, it } from 'vitest';
import { parseTweetUrl } from '../../../src/platforms/twitter/index.js';

describe('parseTweetUrl', () => {
  it.each([
    [
      'https://twitter.com/SecBlinken/status/1755259323123712345?ref_src=twsrc%5Etfw',
      '1755259323123712345',
      'SecBlinken',
      'https://twitter.com/SecBlinken/status/1755259323123712345',
    ],
    ['https://x.com/jack/status/20', '20', 'jack', 'https://x.com/jack/status/20'],
    ['https://mobile.twitter.com/jack/status/20/photo/1', '20', 'jack', 'https://mobile.twitter.com/jack/status/20'],
    ['http://www.twitter.com/jack/statuses/20', '20', 'jack', 'http://www.twitter.com/jack/statuses/20'],
    [
      'https://twitter.com/i/web/status/1755259323123712345',
      '1755259323123712345',
      null,
      'https://twitter.com/i/web/status/1755259323123712345',
    ],
    ['https://x.com/i/status/1755259323123712345#m', '1755259323123712345', null, 'https://x.com/i/status/1755259323123712345'],
    ['https://twitter.com/#!/jack/status/20', '20', 'jack', 'https://twitter.com/#!/jack/status/20'],
    ['twitter.com/jack/status/20', '20', 'jack', 'https://twitter.com/jack/status/20'],
  ])('reads %s', (url, id, handle, permalink) => {
    expect(parseTweetUrl(url)).toEqual({ id, handle, url: permalink });
  });

  it.each([
    'https://twitter.com/jack',
    'https://twitter.com/jack/status/abc',
    'https://example.com/jack/status/20',
    'https://twitter.com/this_handle_is_far_too_long/status/20',
    'ftp://twitter.com/jack/status/20',
    'not a url',
    '',
  ])('rejects %s', (url) => {
    expect(parseTweetUrl(url)).toBeNull();
  });
});
