// The publisher blockquote's attribution: the dash is found by text/dashes' findDashBefore, as in
// flattened text, except that a line break in HTML is only whitespace.
import { describe, expect, it } from 'vitest';
import { extractHtmlEmbeds } from '../../../src/html/html-embeds.js';
import { readAttribution } from '../../../src/platforms/twitter/html.js';

const ID = '1765012345678901234';
const PERMALINK = `https://twitter.com/EastvalePort/status/${ID}`;
/** A blockquote without `<p>`: the body is the bare text before the attribution dash. */
const bare = (inner: string) => `<blockquote class="twitter-tweet">${inner} <a href="${PERMALINK}">March 5, 2024</a></blockquote>`;
const read = (html: string) => extractHtmlEmbeds(html).embeds[0];

describe('readAttribution', () => {
  it.each([
    ['— Port of Eastvale (@EastvalePort)', 'Port of Eastvale'],
    ['—— Port of Eastvale (@EastvalePort)', 'Port of Eastvale'],
    ['– Port of Eastvale (@EastvalePort)', 'Port of Eastvale'],
    ['- Port of Eastvale (@EastvalePort)', 'Port of Eastvale'],
    ['-- Port of Eastvale (@EastvalePort)', 'Port of Eastvale'],
    ['%u2014 Port of Eastvale (@EastvalePort)', 'Port of Eastvale'],
    ['— Jean-Luc Picard (@EastvalePort)', 'Jean-Luc Picard'],
    ['—Port of Eastvale (@EastvalePort)', 'Port of Eastvale'],
    ['Port of Eastvale (@EastvalePort)', 'Port of Eastvale'],
  ])('reads the name in %j', (attribution, name) => {
    expect(readAttribution(attribution)).toEqual({ name, handle: 'EastvalePort' });
  });

  it('takes the name before the last handle, after the dash nearest to it', () => {
    expect(readAttribution('Ana (@ana) — Port of Eastvale (@EastvalePort)')).toEqual({ name: 'Port of Eastvale', handle: 'EastvalePort' });
  });

  it('has no handle without `(@`', () => {
    expect(readAttribution('— Port of Eastvale')).toEqual({ name: null, handle: null });
  });
});

describe('a blockquote without <p>', () => {
  it('splits the bare text at the attribution dash', () => {
    expect(read(bare('Ferry back on schedule. &mdash; Port of Eastvale (@EastvalePort)'))).toMatchObject({
      text: 'Ferry back on schedule.',
      author: { name: 'Port of Eastvale', handle: 'EastvalePort' },
    });
  });

  it('reads a line break between the dash and the name as a space', () => {
    expect(read(bare('Ferry back on schedule.\n&mdash;\nPort of Eastvale (@EastvalePort)'))).toMatchObject({
      text: 'Ferry back on schedule.',
      author: { name: 'Port of Eastvale', handle: 'EastvalePort' },
    });
  });

  it('leaves no part of a doubled dash in the body', () => {
    expect(read(bare('Ferry back on schedule. —— Port of Eastvale (@EastvalePort)'))).toMatchObject({
      text: 'Ferry back on schedule.',
      author: { name: 'Port of Eastvale', handle: 'EastvalePort' },
    });
  });

  it('does not split at a hyphen inside a word', () => {
    expect(read(bare('Ferry back, well-timed. — Port of Eastvale (@EastvalePort)'))).toMatchObject({ text: 'Ferry back, well-timed.' });
  });
});
