import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/index.js';
import { lostBreaksWithin } from '../../src/text/lost-breaks.js';

const breaks = (text: string) => lostBreaksWithin(text, 0, text.length);

describe('lostBreaksWithin', () => {
  it('finds a lowercase word glued to a capitalised one', () => {
    const text = 'the ferry reached the harbourIt was late';
    expect(breaks(text)).toEqual([text.indexOf('It')]);
  });

  it('finds a number glued to a capitalised word', () => {
    const text = 'Budget = $1,204,330She says it is enough';
    expect(breaks(text)).toEqual([text.indexOf('She')]);
  });

  it('finds an emoji glued to a colon or a closing bracket', () => {
    const text = 'Harbour log :🚢 ferry in (pier 2)⚓ all fine';
    expect(breaks(text)).toEqual([text.indexOf('🚢'), text.indexOf('⚓')]);
  });

  it('leaves camel-case names, units, emoticons, mentions, hashtags and links alone', () => {
    const text =
      'McCain on YouTube with an iPhone and eBay, macOS 4K 3D 5G :)😀 @realHarbourNews #ferryTimes https://example.com/newsToday';
    expect(breaks(text)).toEqual([]);
  });

  it('reads only the range it is given', () => {
    const text = 'harbourIt then ferryNow';
    expect(lostBreaksWithin(text, 9, text.length)).toEqual([text.indexOf('Now')]);
  });
});

describe('a glued document read as text', () => {
  it("gets the space back where a post's <br> left no mark", () => {
    const text =
      'The ferry was late again.Passengers waited for hours.The council promised a review.Then the operator wrote:Service resumes on the northern routeIt runs every hour from Monday— Harbour Ferries (@harbourferries) May 3, 2024';
    const [embed] = extractEmbeds(text, { format: 'text' });
    expect(embed?.text).toBe('Service resumes on the northern route It runs every hour from Monday');
  });

  it('leaves a text that is not glued as written', () => {
    const text = 'Service resumes on the northern routeIt runs every hour\n— Harbour Ferries (@harbourferries) May 3, 2024';
    expect(extractEmbeds(text, { format: 'text' })[0]?.text).toBe('Service resumes on the northern routeIt runs every hour');
  });
});
