import { describe, expect, it } from 'vitest';
import { scanSignatures } from '../../src/text/signature-scanner.js';

const only = (text: string) => {
  const { signatures } = scanSignatures(text);
  expect(signatures).toHaveLength(1);
  const [signature] = signatures;
  if (signature === undefined) throw new Error('unreachable');
  return { ...signature, platform: signature.platform.name, slice: text.slice(signature.start, signature.end) };
};

describe('scanSignatures', () => {
  it('reads the seed form', () => {
    const signature = only(
      'to people in need. pic.twitter.com/EQsKUijoL0 — Secretary Antony Blinken (@SecBlinken) February 7, 2024\n\nNext paragraph.',
    );
    expect(signature).toMatchObject({
      platform: 'twitter',
      markup: 'signature',
      name: 'Secretary Antony Blinken',
      handle: 'SecBlinken',
      dateText: 'February 7, 2024',
      slice: '— Secretary Antony Blinken (@SecBlinken) February 7, 2024',
    });
    expect(signature.date?.iso).toBe('2024-02-07');
  });

  it('reads a comma between the handle and the date, and a status URL after it', () => {
    const signature = only(
      'Ferry service resumes at dawn. pic.twitter.com/Tq4wZr8NbX — Jane Roe (@janeroe), May 1, 2019\n\nLater that day.',
    );
    expect(signature).toMatchObject({
      handle: 'janeroe',
      name: 'Jane Roe',
      dateText: 'May 1, 2019',
      slice: '— Jane Roe (@janeroe), May 1, 2019',
    });
    expect(signature.date?.iso).toBe('2019-05-01');
    const withUrl = only(
      'Bridge closed. — Port Authority (@portauth) ,  March 3, 2021 https://twitter.com/portauth/status/1367123456789012480',
    );
    expect(withUrl.date?.iso).toBe('2021-03-03');
    expect(withUrl.post?.id).toBe('1367123456789012480');
  });

  it('does not take a comma followed by other text for a signature', () => {
    expect(scanSignatures('He said — Jane Roe (@janeroe), who runs the ferry, agreed.').signatures).toHaveLength(0);
  });

  it('takes the last (@…) as the handle when the name holds one', () => {
    const signature = only('Body text — Ana (@ home) Ruiz 🏡 (@anaruiz) March 3, 2023');
    expect(signature.name).toBe('Ana (@ home) Ruiz 🏡');
    expect(signature.handle).toBe('anaruiz');
  });

  it('reads a status URL after the date', () => {
    const signature = only('Body — Jane Roe (@janeroe) February 7, 2024 https://twitter.com/janeroe/status/1755259323123712345?s=20 more');
    expect(signature.post).toEqual({
      id: '1755259323123712345',
      url: 'https://twitter.com/janeroe/status/1755259323123712345',
      handle: 'janeroe',
    });
    expect(signature.slice.endsWith('?s=20')).toBe(true);
  });

  it('reads the `on Twitter` / `on X` form and a date after a preposition', () => {
    expect(only('Body — Jane Roe (@janeroe) on Twitter February 7, 2024').dateText).toBe('February 7, 2024');
    expect(only('Body — Jane Roe (@janeroe) on X 3:04 PM · Feb 7, 2024').date?.iso).toBe('2024-02-07T15:04');
    expect(only('Body — Jane Roe (@janeroe) am 7. Februar 2024').dateText).toBe('7. Februar 2024');
  });

  it('reads Bluesky and Mastodon handles with their date-and-time forms', () => {
    expect(only('Post — Maya Lind (@maya.bsky.social) January 5, 2025 at 9:24 AM')).toMatchObject({
      platform: 'bluesky',
      handle: 'maya.bsky.social',
    });
    expect(only('Toot — Ana (@ana@social.example.eu) Feb 7, 2024 at 10:12 AM')).toMatchObject({
      platform: 'mastodon',
      handle: 'ana@social.example.eu',
    });
  });

  it("reads Instagram's shared-by attribution without a dash", () => {
    const signature = only('Sunset over the bay A post shared by Lena Park (@lena.park) on Jul 13, 2017 at 10:10pm PDT');
    expect(signature).toMatchObject({
      platform: 'instagram',
      markup: 'shared-by',
      name: 'Lena Park',
      handle: 'lena.park',
      dateText: 'Jul 13, 2017 at 10:10pm PDT',
    });
  });

  it('keeps an unknown date as text and reports it', () => {
    const { signatures, diagnostics } = scanSignatures('Body — Jane Roe (@janeroe) Smarch 45, 2024');
    expect(signatures[0]?.dateText).toBe('Smarch 45, 2024');
    expect(signatures[0]?.date).toBeNull();
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('unknown-date');
  });

  it('accepts a dateless signature at the end of a line, with a diagnostic', () => {
    const { signatures, diagnostics } = scanSignatures('Body — J. Doe 👼🏻 (@jdoe_99)\n\nNext.');
    expect(signatures[0]?.handle).toBe('jdoe_99');
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('missing-date');
  });

  it('accepts a dateless signature that ends its block in glued text (two spaces or more after it)', () => {
    const text = 'The drawing went viral.   Look at this @mayor — J. Doe 👼🏻 (@jdoe_99)    Photo: 9724823    Next paragraph.';
    const { signatures, diagnostics } = scanSignatures(text);
    expect(signatures[0]?.handle).toBe('jdoe_99');
    expect(text.slice(signatures[0]?.end)).toBe('    Photo: 9724823    Next paragraph.');
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('missing-date');
  });

  it('still rejects a dateless handle followed by words after one space', () => {
    expect(scanSignatures('Body — J. Doe (@jdoe_99) said more things here.').signatures).toEqual([]);
  });

  it.each([
    '“We will rebuild,” she said. — John Smith, CEO of Acme',
    'By Jane Doe (@jane) February 7, 2024',
    'Follow us @paper on Twitter for updates.',
    'Contact jane@example.com — Jane (@) today',
    'Our reporter (@jdoe) was there on February 7, 2024.',
    'He — like the mayor (@mayor) — said it was over.',
  ])('finds no signature in %j', (text) => {
    expect(scanSignatures(text).signatures).toEqual([]);
  });
});
