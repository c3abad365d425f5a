import { describe, expect, it } from 'vitest';
import { extractTextEmbeds } from '../../src/text/index.js';

const article = [
  'The minister arrived on Tuesday and met the delegation.',
  '',
  'Harbour cleanup starts today. Volunteers welcome! #CleanHarbour pic.twitter.com/Ab12Cd34Ef — Port of Eastvale (@EastvalePort) March 4, 2024',
  '',
  'Officials said the work would take a month.',
  '',
  'Thanks to everyone who came out this morning.',
  '',
  '',
  '',
  'Full report: meetinghttps://t.co/Zx98Yw76Vu https://t.co/Qp12Rs34Tu — Mayor Lin Ortega (@MayorOrtega) March 5, 2024',
  '',
  'pic.twitter.com/Img0nly123 — City of Eastvale (@EastvaleCity) March 6, 2024',
  '— Eastvale Fire (@EastvaleFire) March 6, 2024',
  '',
  'The council will vote next week.',
].join('\n');

describe('extractTextEmbeds', () => {
  const { embeds, diagnostics } = extractTextEmbeds(article);

  it('finds every post in order', () => {
    expect(embeds.map((embed) => embed.author.handle)).toEqual(['EastvalePort', 'MayorOrtega', 'EastvaleCity', 'EastvaleFire']);
  });

  it('reads the inline body with its links, hashtags and mentions', () => {
    expect(embeds[0]).toMatchObject({
      platform: 'twitter',
      text: 'Harbour cleanup starts today. Volunteers welcome! #CleanHarbour pic.twitter.com/Ab12Cd34Ef',
      hashtags: ['CleanHarbour'],
      publishedAt: '2024-03-04',
      links: [{ url: 'https://pic.twitter.com/Ab12Cd34Ef', text: 'pic.twitter.com/Ab12Cd34Ef', kind: 'media' }],
      author: { name: 'Port of Eastvale', handle: 'EastvalePort', url: 'https://twitter.com/EastvalePort' },
    });
  });

  it('joins a post paragraph kept behind a wider gap, and repairs glued links', () => {
    expect(embeds[1]?.text).toBe(
      'Thanks to everyone who came out this morning. Full report: meetinghttps://t.co/Zx98Yw76Vu https://t.co/Qp12Rs34Tu',
    );
    expect(embeds[1]?.links.map((link) => link.url)).toEqual(['https://t.co/Zx98Yw76Vu', 'https://t.co/Qp12Rs34Tu']);
  });

  it('gives an image-only post and a post with no text what they carry', () => {
    expect(embeds[2]?.text).toBe('pic.twitter.com/Img0nly123');
    expect(embeds[3]?.text).toBe('');
    expect(diagnostics.some((diagnostic) => diagnostic.code === 'empty-body')).toBe(true);
  });

  it('gives offsets that slice the whole embed', () => {
    for (const embed of embeds) {
      const slice = article.slice(embed.source.start, embed.source.end);
      expect(slice).toContain(`(@${embed.author.handle})`);
      expect(slice.endsWith(embed.dateText ?? '')).toBe(true);
      expect(slice.startsWith(embed.text === '' ? '—' : (embed.text ?? '').slice(0, 10))).toBe(true);
    }
  });
});

describe('extractTextEmbeds on posts that lost or split their signature', () => {
  const text = [
    'Several authors said goodbye to the platform on Friday.',
    'Goodbye for now -',
    '— Marguerite Ashdown (@MAshdownWrites) November 4, 2022',
    'It has been a good twelve years here.',
    'Find me on my newsletter.',
    'Happy new year from all of us at the harbour -BO pic.twitter.com/Nw4Yy1Rc8D',
    'Others said they would stay, although the mood among writers was gloomy and several had already deleted their accounts without a word, and some of them said the same of their friends, who had left the week before and had not come back since then, or so they all claimed.',
  ].join('\n');
  const { embeds, diagnostics } = extractTextEmbeds(text);

  it('joins a post continued after its signature, and its source spans both parts', () => {
    expect(embeds[0]?.text).toBe('Goodbye for now - It has been a good twelve years here. Find me on my newsletter.');
    const slice = text.slice(embeds[0]?.source.start, embeds[0]?.source.end);
    expect(slice.startsWith('Goodbye for now -')).toBe(true);
    expect(slice.endsWith('Find me on my newsletter.')).toBe(true);
  });

  it('gives a line ending in a media link as a post with unknown author and date, and says so', () => {
    expect(embeds[1]).toMatchObject({
      platform: 'twitter',
      author: { name: null, handle: null, url: null },
      text: 'Happy new year from all of us at the harbour -BO pic.twitter.com/Nw4Yy1Rc8D',
      publishedAt: null,
      dateText: null,
      links: [{ url: 'https://pic.twitter.com/Nw4Yy1Rc8D', kind: 'media' }],
      source: { format: 'text', markup: 'unsigned' },
    });
    const slice = text.slice(embeds[1]?.source.start, embeds[1]?.source.end);
    expect(slice).toBe('Happy new year from all of us at the harbour -BO pic.twitter.com/Nw4Yy1Rc8D');
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'missing-signature')).toMatchObject([
      { severity: 'info', start: embeds[1]?.source.start, end: embeds[1]?.source.end },
    ]);
    expect(embeds).toHaveLength(2);
  });

  it('finds an unsigned post in text with no signature at all', () => {
    const alone = extractTextEmbeds('An article line.\n\nWhat a view pic.x.com/Qa1Ws2Ed3R\n\nMore article.');
    expect(alone.embeds.map((embed) => embed.text)).toEqual(['What a view pic.x.com/Qa1Ws2Ed3R']);
  });

  it("reads Instagram's older attribution, `A photo posted by`, as an embed even with no caption left", () => {
    const text = [
      'The agency released the picture on its account before its own site.',
      'A photo posted by Eastvale Observatory (@eastvale.obs) on Jul 14, 2015 at 4:00am PDT',
      'The image shows the surface in detail.',
    ].join('\n');
    const { embeds } = extractTextEmbeds(text);
    expect(embeds).toHaveLength(1);
    expect(embeds[0]).toMatchObject({ platform: 'instagram', author: { name: 'Eastvale Observatory', handle: 'eastvale.obs' } });
    expect(embeds[0]?.publishedAt).toMatch(/^2015-07-14T04:00/);
  });
});
