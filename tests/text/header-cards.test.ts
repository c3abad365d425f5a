import { describe, expect, it } from 'vitest';
import { findHeaderCards as findAt } from '../../src/text/header-cards.js';
import { readLines } from '../../src/text/line-table.js';
import { extractTextEmbeds } from '../../src/text/text-embeds.js';

const findHeaderCards = (text: string) => findAt(text, () => readLines(text));

describe('findHeaderCards', () => {
  it('reads a card whose header and text share a line: name, handle, date, text and span', () => {
    const card = 'Mara Quell @maraquell • Mar 3, 2021 The ferry runs again from Monday. #harbour';
    const text = `The council listened.\n\n${card}\n\nThe mayor did not reply.\n`;
    const [found, ...rest] = findHeaderCards(text);
    expect(rest).toEqual([]);
    expect(found).toMatchObject({
      markup: 'header',
      name: 'Mara Quell',
      handle: 'maraquell',
      dateText: 'Mar 3, 2021',
      text: 'The ferry runs again from Monday. #harbour',
      post: null,
    });
    expect(found?.platform.name).toBe('twitter');
    expect(found?.date?.iso).toBe('2021-03-03');
    expect(text.slice(found?.start, found?.end)).toBe(card);
  });

  it('reads cards one after another, each text stopping before the next card', () => {
    const text = [
      'Port Authority @portauth · 12 May 2022 Berth 4 reopens at noon.',
      'Dock Workers Union @dwu_local · 12 May 2022 Good news for the night shift.',
    ].join('\n');
    expect(findHeaderCards(text).map((card) => [card.handle, card.text])).toEqual([
      ['portauth', 'Berth 4 reopens at noon.'],
      ['dwu_local', 'Good news for the night shift.'],
    ]);
  });

  it('reads the parts on lines of their own, the text below the date', () => {
    const text = 'Intro paragraph.\n\nMara Quell\n@maraquell\n·\nMar 3, 2021\nThe ferry runs again.\nSee you on board!\n\nOutro.\n';
    const [found] = findHeaderCards(text);
    expect(found).toMatchObject({ name: 'Mara Quell', handle: 'maraquell', text: 'The ferry runs again.\nSee you on board!' });
  });

  it('takes only the text’s own line where the document has no blank lines', () => {
    const text = 'Mara Quell @maraquell • Mar 3, 2021 The ferry runs again.\nThe article goes on about the ferry.\n';
    expect(findHeaderCards(text)[0]?.text).toBe('The ferry runs again.');
  });

  it('leaves a heading in capitals glued before the name out of the card', () => {
    const text = 'WHAT THEY SAID Mara Quell @maraquell • Mar 3, 2021 The ferry runs again.\n';
    const [found] = findHeaderCards(text);
    expect(found?.name).toBe('Mara Quell');
    expect(text.slice(found?.start)).toMatch(/^Mara Quell/);
    // A name in capitals, or with one word in capitals, is kept whole.
    expect(findHeaderCards('NASA JPL @nasajpl • Mar 3, 2021 Landed.\n')[0]?.name).toBe('NASA JPL');
    expect(findHeaderCards('BBC Mundo @bbcmundo • Mar 3, 2021 Hola.\n')[0]?.name).toBe('BBC Mundo');
  });

  it('reads Bluesky and Mastodon handles by their shape', () => {
    const text = 'Ana Reis @anareis.bsky.social · Feb 7, 2024 Hello there.\n\nOle Berg @ole@fosstodon.org · Feb 8, 2024 Hi.\n';
    expect(findHeaderCards(text).map((card) => card.platform.name)).toEqual(['bluesky', 'mastodon']);
  });

  it('gives no text when the text after the header is longer than a post', () => {
    const [found] = findHeaderCards(`Mara Quell @maraquell • Mar 3, 2021 ${'The article runs on and on. '.repeat(20)}\n`);
    expect(found?.text).toBeNull();
  });

  it('needs a handle, a separator and a date with its year', () => {
    for (const text of [
      'The menu · Mar 3, 2021 was long.',
      'Mara Quell maraquell • Mar 3, 2021 The ferry.',
      'Mara Quell @maraquell • 3h The ferry runs again.',
      'Mara Quell @maraquell • Mar 3 The ferry runs again.',
      'Write to mara@quell.example • Mar 3, 2021 The ferry.',
      'Mara Quell @maraquell·Mar 3, 2021 The ferry.',
      'Col·legi @col • dilluns The ferry.',
    ]) {
      expect(findHeaderCards(text), text).toEqual([]);
    }
  });

  it('reads a text full of handles and separators that make no card', () => {
    const text = '• @a • '.repeat(50_000);
    expect(findHeaderCards(text)).toEqual([]);
  });
});

describe('header cards in extractTextEmbeds', () => {
  it('gives a record whose span covers the card and whose text is the post’s', () => {
    const text =
      'Officials reacted.\n\nMara Quell @maraquell • Mar 3, 2021 The ferry runs again from Monday. pic.twitter.com/Fe12ry34Ab\n\nMore.\n';
    const { embeds } = extractTextEmbeds(text);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({
      platform: 'twitter',
      author: { name: 'Mara Quell', handle: 'maraquell' },
      text: 'The ferry runs again from Monday. pic.twitter.com/Fe12ry34Ab',
      publishedAt: '2021-03-03',
      source: { markup: 'header', bodyConfidence: 1 },
    });
    expect(embeds[0]?.links.map((link) => link.url)).toEqual(['https://pic.twitter.com/Fe12ry34Ab']);
  });
});
