import { describe, expect, it } from 'vitest';
import { mastodonIdTime } from '../../../src/platforms/mastodon/index.js';
import { extractEmbedsWithDiagnostics } from '../../../src/index.js';

describe('mastodonIdTime', () => {
  it('gives back the time an id was built from (milliseconds above a 16-bit sequence)', () => {
    const time = Date.UTC(2023, 9, 2, 12, 5, 0, 42);
    expect(mastodonIdTime(((BigInt(time) << 16n) | 0xbeefn).toString())).toBe(time);
  });

  it('reads an id as it stands in a status URL', () => {
    expect(new Date(mastodonIdTime('111183663194853769') ?? 0).toISOString()).toBe('2023-10-05T17:47:43.886Z');
  });

  it.each(['', '12345', '109', 'abc', '-1', '1.1e17', '9223372036854775808', '123456789012345678901'])('returns null for %j', (id) => {
    expect(mastodonIdTime(id)).toBeNull();
  });

  it('dates a Mastodon iframe by its id, with no missing-date warning', () => {
    const id = ((BigInt(Date.UTC(2025, 3, 22, 8, 30)) << 16n) | 1n).toString();
    const html = `<iframe src="https://social.example.org/@harbourwatch/${id}/embed" class="mastodon-embed" width="400"></iframe>`;
    const { embeds, diagnostics } = extractEmbedsWithDiagnostics(html, { format: 'html' });
    expect(embeds[0]).toMatchObject({ id, publishedAt: '2025-04-22T08:30:00.000Z', datePrecision: 'id', publishedAtLocal: null });
    expect(diagnostics.filter((diagnostic) => diagnostic.code === 'missing-date')).toEqual([]);
  });
});
