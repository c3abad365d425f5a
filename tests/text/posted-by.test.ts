import { describe, expect, it } from 'vitest';
import { findPhraseAnchors } from '../../src/text/phrase-anchors.js';
import { findPostedBy as findAt } from '../../src/text/posted-by.js';

const findPostedBy = (text: string) => findAt(text, findPhraseAnchors(text));

describe('findPostedBy', () => {
  it('reads Facebook’s flattened attribution: name, weekday date, span', () => {
    const text = 'The park reopens on Saturday.\nPosted by City of Aldergrove on Thursday, September 3, 2020\nMore.';
    const [found, ...rest] = findPostedBy(text);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      markup: 'posted-by',
      name: 'City of Aldergrove',
      handle: null,
      dateText: 'Thursday, September 3, 2020',
      post: null,
    });
    expect(found?.platform.name).toBe('facebook');
    expect(found?.date?.iso).toBe('2020-09-03');
    expect(text.slice(found?.start, found?.end)).toBe('Posted by City of Aldergrove on Thursday, September 3, 2020');
  });

  it('reads the SDK’s other languages, glued to the text before and with NBSP', () => {
    expect(findPostedBy('El parque reabre.Publicado por Ayuntamiento de Toledo en Martes, 3 de marzo de 2020')[0]).toMatchObject({
      name: 'Ayuntamiento de Toledo',
      dateText: 'Martes, 3 de marzo de 2020',
    });
    expect(findPostedBy('Le parc rouvre. Publiée par Marie Dubois sur\u00a0Lundi 18 janvier 2021')[0]).toMatchObject({
      name: 'Marie Dubois',
      dateText: 'Lundi 18 janvier 2021',
    });
    expect(findPostedBy('Der Park öffnet. Gepostet von Stadt Bern am Montag, 3. Februar 2020')[0]?.name).toBe('Stadt Bern');
  });

  it('does not take a byline whose date has no weekday, or one with no date at all', () => {
    expect(findPostedBy('Posted by Jane Doe on March 3, 2020\nArticle text.')).toEqual([]);
    expect(findPostedBy('Posted by Jane Doe\nThursday, September 3, 2020')).toEqual([]);
    expect(findPostedBy('Posted by admin')).toEqual([]);
  });

  it('needs the capital and a space after the phrase', () => {
    expect(findPostedBy('It was posted by City of Aldergrove on Thursday, September 3, 2020')).toEqual([]);
    expect(findPostedBy('Posted byCity on Thursday, September 3, 2020')).toEqual([]);
  });

  it('gives nothing for a name that is only the connector', () => {
    expect(findPostedBy('Posted by on Thursday, September 3, 2020')).toEqual([]);
  });
});
