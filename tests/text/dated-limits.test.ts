import { describe, expect, it } from 'vitest';
import { datedLength, datedLimit } from '../../src/text/dated-limits.js';
import { scanSignatures } from '../../src/text/signature-scanner.js';

const signatureOf = (text: string) => {
  const [signature] = scanSignatures(text).signatures;
  if (signature === undefined) throw new Error(`no signature in ${text}`);
  return signature;
};

describe('datedLimit', () => {
  it("gives Twitter's limit on the post's day: 140 until 7 November 2017, 280 from then on", () => {
    expect(datedLimit(signatureOf('Ferry late — Ana Ruiz (@anaruiz) October 6, 2014'))).toEqual({
      length: 140,
      linkWeight: 23,
      endLinkWeight: 23,
    });
    expect(datedLimit(signatureOf('Ferry late — Ana Ruiz (@anaruiz) November 6, 2017'))?.length).toBe(140);
    expect(datedLimit(signatureOf('Ferry late — Ana Ruiz (@anaruiz) November 7, 2017'))?.length).toBe(280);
  });

  it('stops counting the links a tweet ends with (media, a quoted post) from 19 September 2016', () => {
    expect(datedLimit(signatureOf('Ferry late — Ana Ruiz (@anaruiz) September 18, 2016'))?.endLinkWeight).toBe(23);
    expect(datedLimit(signatureOf('Ferry late — Ana Ruiz (@anaruiz) September 19, 2016'))?.endLinkWeight).toBe(0);
  });

  it('gives none for a platform without a stated limit, or a signature without a recognised date', () => {
    expect(datedLimit(signatureOf('Ferry late — Ana Ruiz (@anaruiz@mastodon.social) May 1, 2024'))).toBeNull();
    const undated = signatureOf('Ferry late — Ana Ruiz (@anaruiz) May 1, 2024');
    expect(datedLimit({ ...undated, date: null })).toBeNull();
  });
});

describe('datedLength', () => {
  it('counts the links inside the text and those it ends with as the limit says', () => {
    const text = 'Ferry https://t.co/Ab12 runs pic.twitter.com/Xy98';
    expect(datedLength(text, 0, text.length, { length: 140, linkWeight: 23, endLinkWeight: 0 })).toBe('Ferry  runs'.length + 23);
    expect(datedLength(text, 0, text.length, { length: 140, linkWeight: 23, endLinkWeight: 23 })).toBe('Ferry  runs'.length + 46);
  });

  it('stops counting just past the limit', () => {
    const text = 'word '.repeat(1000);
    expect(datedLength(text, 0, text.length, { length: 140, linkWeight: 23, endLinkWeight: 0 })).toBe(141);
  });
});
