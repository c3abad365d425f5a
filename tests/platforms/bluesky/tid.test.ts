import { describe, expect, it } from 'vitest';
import { blueskyTidTime } from '../../../src/platforms/bluesky/index.js';
import { extractEmbeds } from '../../../src/index.js';

const ALPHABET = '234567abcdefghijklmnopqrstuvwxyz';

/** A TID built the documented way: microseconds above a 10-bit clock id, in base32-sortable. */
function tidOf(microseconds: bigint, clock = 7n): string {
  let value = (microseconds << 10n) | clock;
  let out = '';
  for (let i = 0; i < 13; i++) {
    out = ALPHABET.charAt(Number(value & 31n)) + out;
    value >>= 5n;
  }
  return out;
}

describe('blueskyTidTime', () => {
  it('gives back the time a TID was built from', () => {
    const time = Date.UTC(2024, 6, 20, 17, 0, 5, 123);
    expect(blueskyTidTime(tidOf(BigInt(time) * 1000n + 456n))).toBe(time);
  });

  it('reads a TID as it stands in a post URL', () => {
    expect(new Date(blueskyTidTime('3la7vvjpoxj2w') ?? 0).toISOString()).toBe('2024-11-05T18:56:54.248Z');
  });

  it.each(['', '3la7vvjpoxj2', '3la7vvjpoxj2wx', '3LA7VVJPOXJ2W', 'kla7vvjpoxj2w', '3la7vvjpoxj2!', 'self', '3la7vvjpoxj21'])(
    'returns null for the non-TID key %j',
    (key) => {
      expect(blueskyTidTime(key)).toBeNull();
    },
  );

  it('returns null for TIDs outside 2023–2099', () => {
    expect(blueskyTidTime(tidOf(BigInt(Date.UTC(2021, 0, 1)) * 1000n))).toBeNull();
    expect(blueskyTidTime(tidOf(BigInt(Date.UTC(2100, 0, 2)) * 1000n))).toBeNull();
  });

  it('dates a Bluesky embed by its TID, at the offset whose clock reads the written time', () => {
    const rkey = tidOf(BigInt(Date.UTC(2025, 0, 5, 14, 24, 11, 0)) * 1000n);
    const html = `<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:abcdefghijklmnopqrstuvwx/app.bsky.feed.post/${rkey}"><p lang="en">Snow day. Schools in the district are closed.</p>&mdash; Corran Schools (<a href="https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx">@schools.corran.example</a>) <a href="https://bsky.app/profile/did:plc:abcdefghijklmnopqrstuvwx/post/${rkey}">January 5, 2025 at 9:24 AM</a></blockquote>`;
    const [record] = extractEmbeds(html, { format: 'html' });
    expect(record).toMatchObject({
      id: rkey,
      publishedAt: '2025-01-05T09:24:11.000-05:00',
      datePrecision: 'id',
      publishedAtLocal: '2025-01-05T09:24',
    });
  });
});
