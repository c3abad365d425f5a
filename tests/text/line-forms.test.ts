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
});
