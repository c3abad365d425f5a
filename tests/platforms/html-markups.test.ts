import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/index.js';
import { htmlMarkups } from '../../src/platforms/index.js';
import { htmlMarkupSchema } from '../../src/schema/index.js';

describe('htmlMarkups', () => {
  it('is the schema enum of HTML forms, each once', () => {
    expect(new Set(htmlMarkups).size).toBe(htmlMarkups.length);
    expect(htmlMarkupSchema.options).toEqual([...htmlMarkups]);
  });

  it('names the forms the HTML reader reports', () => {
    const html =
      '<p>Intro.</p><amp-twitter data-tweetid="1765012345678901234" width="375" height="472"></amp-twitter>' +
      '<amp-youtube data-videoid="aBcDeFgHi12" layout="responsive"></amp-youtube>';
    const markups = extractEmbeds(html).map((record) => record.source.markup);
    expect(markups).toEqual(['amp-twitter', 'amp-youtube']);
    for (const markup of markups) expect(htmlMarkups).toContain(markup);
  });
});
