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
    expect(embeds[1]?.text).toBe('Thanks to everyone who came out this morning. Full report: meetinghttps://t.co/Zx98Yw76Vu https://t.co/Qp12Rs34Tu');
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
