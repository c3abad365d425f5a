import { describe, expect, it } from 'vitest';
import { tiktokIdTime } from '../../../src/platforms/tiktok/index.js';
import { extractEmbeds } from '../../../src/index.js';

describe('tiktokIdTime', () => {
  it('gives back the second an id was built from (seconds in the top 32 bits)', () => {
    const seconds = Date.UTC(2024, 2, 9, 18, 0, 7) / 1000;
    expect(tiktokIdTime(((BigInt(seconds) << 32n) | 0x1234_5678n).toString())).toBe(seconds * 1000);
  });

  it('reads a video id as it stands in a permalink', () => {
    expect(new Date(tiktokIdTime('7301234567890123456') ?? 0).toISOString()).toBe('2023-11-14T08:39:03.000Z');
  });

  it.each(['', '42', '1234567890123', 'abc', '18446744073709551616', '123456789012345678901'])('returns null for %j', (id) => {
    expect(tiktokIdTime(id)).toBeNull();
  });

  it('dates a TikTok embed by its video id', () => {
    const id = ((BigInt(Date.UTC(2024, 2, 9, 18, 0, 0) / 1000) << 32n) | 99n).toString();
    const html = `<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@lena.park/video/${id}" data-video-id="${id}"><section><a title="@lena.park" href="https://www.tiktok.com/@lena.park">@lena.park</a> Sunrise over the bay <a title="travel" href="https://www.tiktok.com/tag/travel">#travel</a> <a href="https://www.tiktok.com/music/original-sound">♬ original sound - Lena</a></section></blockquote>`;
    const [record] = extractEmbeds(html, { format: 'html' });
    expect(record).toMatchObject({ id, publishedAt: '2024-03-09T18:00:00.000Z', datePrecision: 'id' });
  });
});
