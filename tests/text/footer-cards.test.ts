import { describe, expect, it } from 'vitest';
import { extractEmbeds } from '../../src/index.js';
import { findFooterCards as findWithLines } from '../../src/text/footer-cards.js';
import { readLines } from '../../src/text/line-table.js';

const findFooterCards = (text: string) => findWithLines(text, () => readLines(text));

const card = [
  'Harbour Ferries @harbourferries',
  'Service resumes on the northern route tomorrow. Thanks to @pierstaff for the long night',
  '7:49 PM ∙ Jan 31, 2024',
].join('\n');

describe('findFooterCards', () => {
  it('reads a card that writes its header first: name, handle, text and the footer date', () => {
    const text = `The ferry was late again.\n\n${card}\n\nThe council will meet on Friday.`;
    const [found] = findFooterCards(text);
    expect(found).toMatchObject({
      markup: 'card',
      name: 'Harbour Ferries',
      handle: 'harbourferries',
      dateText: '7:49 PM ∙ Jan 31, 2024',
      text: 'Service resumes on the northern route tomorrow. Thanks to @pierstaff for the long night',
      post: null,
    });
    expect(text.slice(found?.start, found?.end)).toBe(card);
  });

  it('joins text wrapped over several lines and reads the bracketed permalink above the footer', () => {
    const text = [
      'Harbour Ferries @harbourferries',
      'Service resumes on the northern route tomorrow. Thanks to the',
      'crews who worked all night',
      '[https://twitter.com/harbourferries/status/1752781230456789012]',
      '3:04 PM · Feb 7, 2024',
    ].join('\n');
    const [found] = findFooterCards(text);
    expect(found?.text).toBe('Service resumes on the northern route tomorrow. Thanks to the crews who worked all night');
    expect(found?.post?.id).toBe('1752781230456789012');
  });

  it('needs the footer alone on its line, text under the header, and no blank line inside', () => {
    expect(findFooterCards('Harbour Ferries @harbourferries\n7:49 PM ∙ Jan 31, 2024')).toEqual([]);
    expect(findFooterCards('Harbour Ferries @harbourferries\nBack tomorrow\n\n7:49 PM ∙ Jan 31, 2024')).toEqual([]);
    expect(findFooterCards('Harbour Ferries @harbourferries\nBack tomorrow\nPosted 7:49 PM ∙ Jan 31, 2024 by staff')).toEqual([]);
    expect(findFooterCards('Harbour Ferries and friends\nBack tomorrow\n7:49 PM ∙ Jan 31, 2024')).toEqual([]);
  });

  it('leaves a middle dot in prose alone', () => {
    expect(findFooterCards('Harbour · Ferries · Pier 4\nNews · 7:49 PM')).toEqual([]);
  });
});

describe('a card read as text', () => {
  it('becomes one record, the text read from inside the card', () => {
    const [embed, ...rest] = extractEmbeds(`The ferry was late again.\n\n${card}\n\nThe council will meet on Friday.`, { format: 'text' });
    expect(rest).toEqual([]);
    expect(embed?.platform).toBe('twitter');
    expect(embed?.author.handle).toBe('harbourferries');
    expect(embed?.text).toBe('Service resumes on the northern route tomorrow. Thanks to @pierstaff for the long night');
    expect(embed?.mentions).toEqual(['pierstaff']);
    expect(embed?.publishedAt?.slice(0, 10)).toBe('2024-01-31');
    expect(embed?.source.markup).toBe('card');
  });
});
