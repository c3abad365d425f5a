/**
 * Hostile Markdown must not make extraction super-linear: each family is timed at 256 KB and 1 MB
 * (see ../robustness/timing.ts); linear time gives a ratio near 4, quadratic near 16.
 */
import { describe, it } from 'vitest';
import { extractEmbeds } from '../../src/index.js';
import { expectLinear, repeatTo } from '../robustness/timing.js';

const post = '> Ferry back [pic.twitter.com/Rk4TfW2mQz](https://t.co/Rk4TfW2mQz)\n>\n> — Marrick Ports (@MarrickPorts) [November 3, 2023](https://twitter.com/MarrickPorts/status/1720512345678901234)\n\n';

const families: [name: string, build: (size: number) => string, format?: 'text' | 'markdown'][] = [
  ['">" repeated', (n) => repeatTo('>', n)],
  ['"> " lines', (n) => repeatTo('> \n', n)],
  ['10,000 nested quote levels, then a post', (n) => repeatTo(`${'>'.repeat(10_000)} Body — Jane (@jane) May 1, 2024\n`, n)],
  ['"[" repeated', (n) => repeatTo('[', n)],
  ['"](" repeated', (n) => repeatTo('](', n)],
  ['"[a](" repeated (unclosed links)', (n) => repeatTo('[a](', n)],
  ['"[a](u \\"" repeated (unclosed titles)', (n) => repeatTo('[a](u "', n)],
  ['"[a](u (" repeated', (n) => repeatTo('[a](u (', n)],
  ['"[a][" repeated', (n) => repeatTo('[a][', n)],
  ['"![" repeated', (n) => repeatTo('![', n)],
  ['nested images', (n) => repeatTo('![', n / 2) + repeatTo('](x)', n - n / 2)],
  ['backslashes', (n) => repeatTo('\\', n)],
  ['"\\[" repeated', (n) => repeatTo('\\[', n)],
  ['"<http:" repeated (unclosed autolinks)', (n) => repeatTo('<http:', n)],
  ['"*_~`" repeated', (n) => repeatTo('*_~`', n)],
  ['"&amp" repeated', (n) => repeatTo('&amp', n)],
  ['reference definitions', (n) => repeatTo('[a]: https://example.org/a\n[a]\n', n)],
  ['unclosed "[a]: <" definitions', (n) => repeatTo('[a]: <', n)],
  ['a link text spanning quote lines', (n) => `> [${repeatTo('>\n> word\n', n - 40)}](https://t.co/x)`.slice(0, n).padEnd(n, ' ')],
  ['posts back to back', (n) => repeatTo(post, n)],
  ['"1. > " repeated', (n) => repeatTo('1. > ', n)],
  ['"- - " repeated', (n) => repeatTo('- - ', n)],
  // Text that quotes its blocks (html-to-text), read as text.
  ['quoted text: "> word [https://t.co/x]" lines', (n) => repeatTo('> word [https://t.co/x]\n', n), 'text'],
  ['quoted text: one line of "[https://t.co/x] "', (n) => `> a\n> ${repeatTo('[https://t.co/x] ', n - 6)}`, 'text'],
  ['quoted text: one long word, then brackets', (n) => `> a\n> ${repeatTo('w', n / 2 - 6)}${repeatTo(' [https://t.co/x', n / 2)}`, 'text'],
  ['quoted text: " * > " list items', (n) => repeatTo(' * > ', n), 'text'],
];

describe('extractEmbeds time on hostile Markdown (and quoted text) grows linearly with input size', () => {
  it.each(families)('%s', (_name, build, format = 'markdown') => expectLinear((input) => extractEmbeds(input, { format }), build), 120_000);
});
