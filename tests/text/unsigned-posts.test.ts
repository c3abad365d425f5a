import { describe, expect, it } from 'vitest';
import { findUnsignedPosts } from '../../src/text/unsigned-posts.js';

describe('findUnsignedPosts', () => {
  it('gives a zero-width unsigned signature just past a media link that ends its line', () => {
    const text = 'The mayor posted a photo.\nHappy new year from the harbour -BO pic.twitter.com/Nw4Yy1Rc8D\nMore prose.';
    const [post, ...rest] = findUnsignedPosts(text, []);
    expect(rest).toEqual([]);
    const end = text.indexOf('\nMore');
    expect(post).toMatchObject({ markup: 'unsigned', start: end, end, name: null, handle: null, date: null, dateText: null, post: null });
    expect(post?.platform.name).toBe('twitter');
  });

  it('accepts pic.x.com, trailing spaces, and a line made of the link alone', () => {
    const text = 'Look pic.x.com/Qa1Ws2Ed3R   \npic.twitter.com/Rf4Tg5Yh6U';
    expect(findUnsignedPosts(text, []).map((post) => post.end)).toEqual([text.indexOf('   '), text.length]);
  });

  it('skips a media link inside a sentence, or followed by other text on its line', () => {
    expect(findUnsignedPosts('The image pic.twitter.com/Zq0aaaBbbC was taken from the roof.\n', [])).toEqual([]);
    expect(findUnsignedPosts('pic.twitter.com/Zq0aaaBbbC pic.twitter.com/Yp9zzzAaaB and more\n', [])).toEqual([]);
  });

  it('skips a media link inside an embed already found', () => {
    const text = 'Nice pic.twitter.com/Lh7tKw2Qa9\n— Jo (@jo) May 1, 2024\n';
    expect(findUnsignedPosts(text, [{ start: 0, end: text.length - 1 }])).toEqual([]);
    expect(findUnsignedPosts(text, [{ start: 40, end: 45 }])).toHaveLength(1);
  });

  it('skips a line longer than any post', () => {
    const text = `${'This paragraph of prose goes on and on. '.repeat(10)}pic.twitter.com/Kk9LmNoPq1\n`;
    expect(findUnsignedPosts(text, [])).toEqual([]);
  });

  it('skips a bare host, a link with no slug, and a slug too long to be one', () => {
    expect(findUnsignedPosts('See pic.twitter.com\n', [])).toEqual([]);
    expect(findUnsignedPosts('See pic.twitter.com/\n', [])).toEqual([]);
    expect(findUnsignedPosts(`See pic.twitter.com/${'a'.repeat(100)}\n`, [])).toEqual([]);
  });

  it('reads a link glued end to end with another once, as one token', () => {
    expect(findUnsignedPosts('pic.twitter.com/apic.twitter.com/b\n', [])).toHaveLength(1);
  });

  it('takes the date that ends the line after the link, glued to the slug or not, as the post date', () => {
    const glued = 'The ferry came in.\nStorm over the harbour tonight pic.twitter.com/Qw3Er5Ty7UMay 20, 2019\nMore prose.';
    const [post] = findUnsignedPosts(glued, []);
    expect(post).toMatchObject({
      markup: 'unsigned',
      start: glued.indexOf('May 20'),
      end: glued.indexOf('\nMore'),
      dateText: 'May 20, 2019',
    });
    expect(post?.date?.iso).toBe('2019-05-20');

    const spaced = 'Storm over the harbour pic.twitter.com/Qw3Er5Ty7U  20 mai 2019 \n';
    const [other] = findUnsignedPosts(spaced, []);
    expect(other).toMatchObject({ start: spaced.indexOf('  20'), dateText: '20 mai 2019' });
    expect(other?.date?.iso).toBe('2019-05-20');
  });

  it('takes no date that shares its line with other text, and reads past a slug with no date after it', () => {
    expect(findUnsignedPosts('Storm pic.twitter.com/Qw3Er5Ty7UMay 20, 2019 and then more\n', [])).toEqual([]);
    expect(findUnsignedPosts('Storm pic.twitter.com/Qw3Er5Ty7U May the storm pass\n', [])).toEqual([]);
  });
});
