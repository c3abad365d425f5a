import { describe, expect, it } from 'vitest';
import { findLineForms as findAt } from '../../src/text/line-forms.js';
import { findPhraseAnchors } from '../../src/text/phrase-anchors.js';

const findLineForms = (text: string) => findAt(text, findPhraseAnchors(text));

describe('findLineForms', () => {
  it('reads a TikTok caption line with its platform, handle, text and span', () => {
    const text = 'Intro.\n\n  @lena.park Sunrise over the bay #travel ♬ original sound - Lena Park  \n\nMore.';
    const [line, ...rest] = findLineForms(text);
    expect(rest).toEqual([]);
    expect(line).toMatchObject({ markup: 'line', handle: 'lena.park', text: 'Sunrise over the bay #travel', name: null, date: null });
    expect(line?.platform.name).toBe('tiktok');
    expect(text.slice(line?.start, line?.end)).toBe('@lena.park Sunrise over the bay #travel ♬ original sound - Lena Park');
  });

  it('reads a line once however many marks it holds', () => {
    expect(findLineForms('@lena.park ♬ song ♬ remix ♬ live\n')).toHaveLength(1);
  });

  it('gives nothing for a line the platform’s reader refuses', () => {
    expect(findLineForms('Her playlist ♬ is on repeat.\n')).toEqual([]);
  });

  it('gives nothing for a line longer than a widget line', () => {
    expect(findLineForms(`@lena.park ${'word '.repeat(200)}♬ song\n`)).toEqual([]);
  });

  describe('a widget line broken by a flattener', () => {
    it('joins the @handle paragraph, the caption and the sound line (Markdown, quote blocks)', () => {
      const text = 'Intro.\n\n@lena.park\n\n\nSunrise over the bay #travel\n\n\n♬ original sound - Lena Park\n\nMore.';
      const [line, ...rest] = findLineForms(text);
      expect(rest).toEqual([]);
      expect(line).toMatchObject({ markup: 'line', handle: 'lena.park', text: 'Sunrise over the bay #travel' });
      expect(text.slice(line?.start, line?.end)).toBe('@lena.park\n\n\nSunrise over the bay #travel\n\n\n♬ original sound - Lena Park');
    });

    it('joins a caption wrapped at a fixed width', () => {
      const text = 'Intro.\n\n@lena.park Sunrise over\nthe bay, first swim #travel\n #summer\n ♬ original sound - Lena Park\n';
      expect(findLineForms(text)[0]).toMatchObject({ handle: 'lena.park', text: 'Sunrise over the bay, first swim #travel #summer' });
    });

    it('takes a wrapped mention inside the caption for text, not for the author', () => {
      const text = '\n@lena.park Sunrise swim with\n@tom.r and the club #travel\n♬ original sound - Lena\n';
      expect(findLineForms(text)[0]).toMatchObject({ handle: 'lena.park', text: 'Sunrise swim with @tom.r and the club #travel' });
    });

    it('reads CRLF line ends the same way', () => {
      const text = 'Intro.\r\n\r\n@lena.park\r\n\r\nSunrise over the bay\r\n\r\n♬ original sound - Lena\r\n';
      expect(findLineForms(text)[0]).toMatchObject({ handle: 'lena.park', text: 'Sunrise over the bay' });
    });

    it('gives nothing when no paragraph above opens with @ within reach', () => {
      expect(findLineForms('Intro.\n\nHer playlist\n\n♬ original sound - Lena\n')).toEqual([]);
      const far = `@lena.park\n\n${'A caption line.\n'.repeat(9)}♬ original sound - Lena\n`;
      expect(findLineForms(far)).toEqual([]);
    });
  });
});
