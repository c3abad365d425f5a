/**
 * Hostile input must not make extraction super-linear (ReDoS, quadratic back-scans). For each
 * pathological family, time extraction on 256 KB and on 1 MB of it: linear time gives a ratio near
 * 4, quadratic near 16. The assertion is on the ratio only, never on absolute time.
 */
import { describe, it } from 'vitest';
import { extractEmbeds, extractEntities } from '../../src/index.js';
import { expectLinear, repeatTo } from './timing.js';

type Options = Parameters<typeof extractEmbeds>[1];

const signature = ' — Name (@h) February 7, 2024';

const embedFamilies: [name: string, build: (size: number) => string, options?: Options][] = [
  ['"(@" repeated', (n) => repeatTo('(@', n)],
  ['"— (@a) " repeated', (n) => repeatTo('— (@a) ', n)],
  ['"pic.twitter.com/" repeated', (n) => repeatTo('pic.twitter.com/', n)],
  ['"wordhttps://t.co/" repeated', (n) => repeatTo('wordhttps://t.co/', n)],
  ['"(@a) February 7, 2024 " repeated', (n) => repeatTo('(@a) February 7, 2024 ', n)],
  ['one long word, then a signature', (n) => repeatTo('a', n - signature.length) + signature],
  ['blank lines', (n) => repeatTo('\n', n)],
  ['"— " repeated', (n) => repeatTo('— ', n)],
  ['"@a " repeated', (n) => repeatTo('@a ', n)],
  ['signature lines with empty bodies', (n) => repeatTo('— Name (@h) February 7, 2024\n', n)],
  ['one paragraph, a signature every 300 chars', (n) => repeatTo(`${'word '.repeat(54)}${signature} `, n)],
  ['"#a" and "$A" repeated', (n) => repeatTo('#a$A', n)],
  ['"A post shared by " repeated', (n) => repeatTo('A post shared by ', n)],
  ['lines ending in a media link', (n) => repeatTo('Happy new year pic.twitter.com/sk3H5LOX92\n', n)],
  ['one long line ending in a media link', (n) => repeatTo('word ', n - 26) + 'pic.twitter.com/sk3H5LOX92'],
  ['short paragraphs above cut posts', (n) => repeatTo(`${'A short one.\n\n'.repeat(30)}he is reportedly… pic.twitter.com/x\n\n${signature}\n\n`, n)],
  ['lead-ins above posts', (n) => repeatTo(`They wrote:\n\nFirst.\n\nSecond${signature}\n\n`, n)],
  ['posts continued after their signature', (n) => repeatTo(`Hey all -\n${signature}\nMore to say.\nAnd more.\n`, n)],
  ['dangling bodies with nothing after', (n) => repeatTo(`Hey all,${signature}\n`, n)],
  ['"Posted by " repeated', (n) => repeatTo('Posted by ', n)],
  ['Facebook attributions on one long line', (n) => repeatTo('Text Posted by City of Aldergrove on Thursday, September 3, 2020 ', n)],
  ['"View on Threads" repeated', (n) => repeatTo('View on Threads', n)],
  ['"Post by @a" then footers', (n) => repeatTo('Post by @a\nView on Mastodon\n', n)],
  ['spaces before footers', (n) => repeatTo(`${' '.repeat(200)}View on Threads`, n)],
  ['"♬" repeated', (n) => repeatTo('♬', n)],
  ['posts in another script than the article', (n) => repeatTo(`Ελληνικό κείμενο εδώ.\n\nOne line\n\nTwo line${signature}\n\n`, n)],
  ['a long paragraph in another script above each post', (n) => repeatTo(`${'Ελληνικό κείμενο '.repeat(300)}\n\nTwo line${signature}\n\n`, n)],
  ['" by u/" repeated', (n) => repeatTo(' by u/', n)],
  ['Reddit lines', (n) => repeatTo('Park day by u/eastvale_parks in Eastvale\n', n)],
  ['TikTok caption lines', (n) => repeatTo('@lena.park Sunrise #travel ♬ original sound\n', n)],
  ['HTML: unclosed tweet blockquotes', (n) => repeatTo('<blockquote class="twitter-tweet"><p>', n), { format: 'html' }],
  ['HTML: status links', (n) => repeatTo('<a href="https://twitter.com/a/status/1">', n), { format: 'html' }],
  ['HTML: "&mdash; (@a)" repeated', (n) => repeatTo('&mdash; (@a) ', n), { format: 'html' }],
];

/** Link, mention and tag scanning (what twitter-text calls entity extraction) on its own. */
const entityFamilies: [name: string, build: (size: number) => string][] = [
  ['"a." repeated', (n) => repeatTo('a.', n)],
  ['"a.com/" repeated', (n) => repeatTo('a.com/', n)],
  ['"http://" repeated', (n) => repeatTo('http://', n)],
  ['"https://a.co/(" repeated', (n) => repeatTo('https://a.co/(', n)],
  ['"www." repeated', (n) => repeatTo('www.', n)],
  ['"@a@" repeated', (n) => repeatTo('@a@', n)],
  ['"#a#" repeated', (n) => repeatTo('#a#', n)],
  ['one long word', (n) => repeatTo('a', n)],
];

describe('extractEmbeds time grows linearly with input size', () => {
  it.each(embedFamilies)('%s', (_name, build, options) => expectLinear((input) => extractEmbeds(input, options), build), 60_000);
});

describe('extractEntities time grows linearly with input size', () => {
  it.each(entityFamilies)('%s', (_name, build) => expectLinear((input) => extractEntities(input), build), 60_000);
  it.each(entityFamilies)(
    '%s (gluedUrls)',
    (_name, build) => expectLinear((input) => extractEntities(input, { gluedUrls: true }), build),
    60_000,
  );
});
