import { describe, expect, it } from 'vitest';
import { readRefreshTarget } from '../../src/expand/read-refresh-target.js';

describe('readRefreshTarget', () => {
  it.each([
    ['<meta http-equiv="refresh" content="0;URL=https://example.com/a">', 'https://example.com/a'],
    ["<META HTTP-EQUIV='Refresh' CONTENT='0; url=/relative'>", '/relative'],
    ['<meta content="5; URL=\'https://example.com/q\'" http-equiv="refresh">', 'https://example.com/q'],
    ['<meta http-equiv=refresh content="0;https://example.com/bare">', 'https://example.com/bare'],
    ['<meta http-equiv="refresh" content="0;URL=https://example.com/?a=1&amp;b=2">', 'https://example.com/?a=1&b=2'],
    ['<script>location.replace("https:\\/\\/example.com\\/t")</script>', 'https://example.com/t'],
    ["<script>window.location = 'https://example.com/w';</script>", 'https://example.com/w'],
    ['<script>location.href="https://example.com/h"</script>', 'https://example.com/h'],
    ['<script>document.location.href = "https://example.com/d"</script>', 'https://example.com/d'],
    ['<script>location.assign("https://example.com/\\u0061")</script>', 'https://example.com/a'],
  ])('%s', (html, expected) => {
    expect(readRefreshTarget(html)).toBe(expected);
  });

  it('ignores a meta refresh with a long delay, and scripts when told to', () => {
    expect(readRefreshTarget('<meta http-equiv="refresh" content="30;url=/later">')).toBeNull();
    expect(readRefreshTarget('<meta http-equiv="refresh" content="30;url=/later">', { maxDelaySeconds: 60 })).toBe('/later');
    expect(readRefreshTarget('<script>location.replace("/s")</script>', { scripts: false })).toBeNull();
    expect(
      readRefreshTarget('<script>location.replace("/s")</script><meta http-equiv="refresh" content="0;url=/m">', { scripts: false }),
    ).toBe('/m');
  });

  it('takes the first redirect of the page', () => {
    expect(readRefreshTarget('<script>location.replace("/script")</script><meta http-equiv="refresh" content="0;url=/meta">')).toBe(
      '/script',
    );
  });

  it.each([
    '<html><body>Hello</body></html>',
    '<meta name="description" content="0;URL=https://example.com/not-refresh">',
    '<meta http-equiv="refresh" content="30">',
    '<script>if (location == "x") {}</script>',
    '<script>var location_ = 1; location.reload()</script>',
    'location = "unterminated',
    '',
  ])('finds nothing in %j', (html) => {
    expect(readRefreshTarget(html)).toBeNull();
  });

  it('reads hostile repetitive input (64 KiB) and still finds a later redirect', () => {
    const noise =
      'location = "x\n'.repeat(3000) +
      "location = 'never closed " +
      'a'.repeat(20_000) +
      '\n' +
      '<meta http-equiv="x" content="0;url=/no">'.repeat(1000) +
      '<meta content='.repeat(1000) +
      '>';
    const html = `${noise}<meta http-equiv="refresh" content="0;url=/late">`;
    expect(readRefreshTarget(html)).toBe('/late');
  });
});
