/**
 * Bytes input and base URLs must not make extraction super-linear: a page of bytes in a legacy
 * encoding (decoded once, U+FFFD counted once), `<base>` elements without `href` by the thousand
 * (each read once), and tweets full of relative links resolved against a base.
 */
import { describe, it } from 'vitest';
import { LEAD, repeatTo } from '../../bench/hostile-families.mjs';
import { extractEmbeds } from '../../src/index.js';
import { expectLinear } from './cpu-growth.js';

const TWEET_WITH_RELATIVE_LINKS =
  '<blockquote class="twitter-tweet"><p lang="en">See <a href="/a">a</a> <a href="b/c">b</a> <a href="//t.co/x">t</a> <a href="?q=1">q</a></p>&mdash; A (@a) <a href="/a/status/20">May 1, 2024</a></blockquote>\n';

/** Latin-1 bytes of a string whose characters are all below U+0100 (one byte each). */
const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('bytes and base URLs keep extraction linear', () => {
  it('windows-1252 bytes with invalid-as-UTF-8 bytes everywhere (no meta: read as UTF-8)', () => {
    expectLinear(
      (input) => extractEmbeds(latin1(input), { format: 'html' }),
      (size) => LEAD + repeatTo('<p>caf\u00e9 cr\u00e8me</p>', size - LEAD.length),
    );
  });

  it('<base> elements without href by the thousand', () => {
    expectLinear(
      (input) => extractEmbeds(input, { format: 'html', baseUrl: 'https://news.example/a/b' }),
      (size) => LEAD + repeatTo('<base target="_top">', size - LEAD.length),
    );
  });

  it('tweets full of relative links, with a base and without', () => {
    const build = (size: number) => repeatTo(TWEET_WITH_RELATIVE_LINKS, size);
    expectLinear((input) => extractEmbeds(input, { format: 'html', baseUrl: 'https://news.example/a/b' }), build);
    expectLinear((input) => extractEmbeds(input, { format: 'html' }), build);
  });
});
