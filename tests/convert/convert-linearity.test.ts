/**
 * Conversion stays linear on big and hostile inputs (see `tests/robustness/timing.ts`: the ratio of
 * 1 MB to 256 KB timings must stay near 4, never near 16).
 */
import { describe, it } from 'vitest';
import { convertArticle } from '../../src/convert/index.js';
import type { ConvertOptions } from '../../src/convert/index.js';
import { expectLinear, repeatTo } from '../robustness/timing.js';

const POST = 'Ferry back on time today, thank you crew! pic.twitter.com/Xa12Bc34De — Ana Lowry (@analowry) May 3, 2024';
const TWEET =
  '<blockquote class="twitter-tweet"><p lang="en">Back on time</p>&mdash; Ana Lowry (@analowry) <a href="https://twitter.com/analowry/status/1786301234567890123">May 3, 2024</a></blockquote>';
const UNCLOSED =
  '<blockquote class="twitter-tweet"><p lang="en">Back on time</p>&mdash; Ana Lowry (@analowry) <a href="https://twitter.com/analowry/status/1786301234567890123">May 3, 2024</a>';
const WIDGET = '<script async src="https://platform.twitter.com/widgets.js"></script>';

const families: [name: string, format: 'text' | 'html', build: (size: number) => string][] = [
  ['text paragraphs with an embed each', 'text', (n) => repeatTo(`The council met again.\n\n${POST}\n\n`, n)],
  ['text embeds back to back', 'text', (n) => repeatTo(`${POST}\n`, n)],
  ['HTML tweets with scripts back to back', 'html', (n) => repeatTo(`${TWEET}\n${WIDGET}\n`, n)],
  ['HTML posts flattened into <p>s, back to back (tens of thousands of embeds)', 'html', (n) => repeatTo('<p>Back on time — Ana Lowry (@analowry) May 3, 2024</p>\n', n)],
  ['HTML flattened posts holding an unclosed <iframe>', 'html', (n) => repeatTo('<p>Back on time <iframe> today — Ana Lowry (@analowry) May 3, 2024</p>\n', n)],
  ['HTML tweets each alone in a <p>', 'html', (n) => repeatTo(`<p>Intro.</p><p>${TWEET}</p>${WIDGET}`, n)],
  ['HTML tweets in a growing run of wrappers', 'html', (n) => repeatTo(`<div class="embed"><p>${TWEET}</p></div>`, n)],
  ['one HTML tweet after deep nesting', 'html', (n) => `${TWEET}${repeatTo('<div>', n - TWEET.length)}`],
  // The embed never closes, so its range runs to the end of the page over every stray end tag.
  ['an unclosed tweet, then stray end tags to the end of the page', 'html', (n) => UNCLOSED + repeatTo('</span>', n - UNCLOSED.length)],
];
const modes: Omit<ConvertOptions, 'format'>[] = [
  { embeds: 'remove' },
  { embeds: 'marker' },
  { embeds: 'keep', output: 'markdown' },
];

describe.each(families)('%s', (_name, format, build) => {
  it.each(modes)('%o is linear', (options) => {
    expectLinear((input) => convertArticle(input, { ...options, format }), build);
  });
});
