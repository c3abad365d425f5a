import { describe, expect, it } from 'vitest';
import { matchDateAt, parseDate } from '../../src/dates/index.js';

/** [date text as written, expected ISO]; every text is an invented but realistic signature date. */
const cases: Record<string, readonly (readonly [string, string])[]> = {
  en: [
    ['February 7, 2024', '2024-02-07'],
    ['Feb 7, 2024', '2024-02-07'],
    ['Sept. 7, 2024', '2024-09-07'],
    ['7 February 2024', '2024-02-07'],
    ['28 December 2016', '2016-12-28'],
    ['February 7 2024', '2024-02-07'],
    ['February 29, 2024', '2024-02-29'],
    ['Wednesday, February 7th, 2024', '2024-02-07'],
    ['3:04 PM · Feb 7, 2024', '2024-02-07T15:04'],
    ['12:30 a.m. · Jan 1, 2020', '2020-01-01T00:30'],
    ['February 7, 2024 at 3:04 PM', '2024-02-07T15:04'],
    ['Feb 7, 2024 at 10:12 AM', '2024-02-07T10:12'],
    ['March 10, 2026 at 9:06 AM', '2026-03-10T09:06'],
    ['Jul 13, 2017 at 10:10pm PDT', '2017-07-13T22:10-07:00'],
    ['Apr 27, 2019 at 2:10am PDT', '2019-04-27T02:10-07:00'],
  ],
  de: [
    ['29. April 2018', '2018-04-29'],
    ['7. Februar 2024', '2024-02-07'],
    ['7. Feb. 2024', '2024-02-07'],
    ['14. März 2018', '2018-03-14'],
    ['14. Maerz 2018', '2018-03-14'],
    ['7.2.2024', '2024-02-07'],
    ['Mittwoch, 7. Februar 2024', '2024-02-07'],
    ['7. Februar 2024 um 15:04', '2024-02-07T15:04'],
    ['7. Februar 2024 um 15:04 Uhr', '2024-02-07T15:04'],
    ['15:04 · 7. Feb. 2024', '2024-02-07T15:04'],
  ],
  fr: [
    ['7 février 2024', '2024-02-07'],
    ['1er mars 2024', '2024-03-01'],
    ['7 févr. 2024', '2024-02-07'],
    ['15 décembre 2016', '2016-12-15'],
    ['7 fevrier 2024', '2024-02-07'],
    ['3 AOÛT 2023', '2023-08-03'],
    ['lundi 18 janvier 2021', '2021-01-18'],
    ['7 février 2024 à 15 h 04', '2024-02-07T15:04'],
    ['7 février 2024 à 15:04 CET', '2024-02-07T15:04+01:00'],
  ],
  es: [
    ['20 de marzo de 2022', '2022-03-20'],
    ['7 feb. 2024', '2024-02-07'],
    ['7 de febrero del 2024', '2024-02-07'],
    ['10 de diciembre de 2017', '2017-12-10'],
    ['martes, 3 de marzo de 2020', '2020-03-03'],
    ['3:04 p. m. · 7 feb. 2024', '2024-02-07T15:04'],
    ['7 de febrero de 2024 a las 15:04', '2024-02-07T15:04'],
  ],
  pt: [
    ['29 de outubro de 2017', '2017-10-29'],
    ['7 de fev. de 2024', '2024-02-07'],
    ['10 de março de 2020', '2020-03-10'],
    ['7 de fevereiro de 2024 às 15:04', '2024-02-07T15:04'],
  ],
  it: [
    ['7 febbraio 2024', '2024-02-07'],
    ['1º marzo 2024', '2024-03-01'],
    ['7 feb 2024', '2024-02-07'],
    ['7 febbraio 2024 alle 15:04', '2024-02-07T15:04'],
  ],
  nl: [
    ['7 februari 2024', '2024-02-07'],
    ['7 mrt. 2024', '2024-03-07'],
    ['7-2-2024', '2024-02-07'],
    ['7 februari 2024 om 15:04', '2024-02-07T15:04'],
  ],
  ca: [
    ['7 de febrer de 2024', '2024-02-07'],
    ['7 d’abril de 2024', '2024-04-07'],
    ["7 d'abril de 2024", '2024-04-07'],
    ['10 de novembre de 2021', '2021-11-10'],
    ['7 de febrer de 2024 a les 15:04', '2024-02-07T15:04'],
  ],
  sv: [
    ['7 februari 2024', '2024-02-07'],
    ['7 feb. 2024', '2024-02-07'],
    ['7 augusti 2024 kl. 15.04', '2024-08-07T15:04'],
  ],
  da: [
    ['7. februar 2024', '2024-02-07'],
    ['7. feb. 2024', '2024-02-07'],
    ['7. marts 2024 kl. 15.04', '2024-03-07T15:04'],
  ],
  nb: [
    ['7. februar 2024', '2024-02-07'],
    ['7. desember 2024', '2024-12-07'],
    ['7. desember 2024 kl. 15:04', '2024-12-07T15:04'],
  ],
  fi: [
    ['7. helmikuuta 2024', '2024-02-07'],
    ['7.2.2024', '2024-02-07'],
    ['7. kesäkuuta 2024 klo 15.04', '2024-06-07T15:04'],
  ],
  pl: [
    ['7 lutego 2024', '2024-02-07'],
    ['7 lutego 2024 r.', '2024-02-07'],
    ['7 października 2024', '2024-10-07'],
    ['7 lutego 2024 o 15:04', '2024-02-07T15:04'],
  ],
  cs: [
    ['7. února 2024', '2024-02-07'],
    ['7. 2. 2024', '2024-02-07'],
    ['7. července 2024 v 15:04', '2024-07-07T15:04'],
  ],
  ru: [
    ['7 февраля 2024 г.', '2024-02-07'],
    ['7 февраля 2024', '2024-02-07'],
    ['07.02.2024', '2024-02-07'],
    ['7 мая 2024 г. в 15:04', '2024-05-07T15:04'],
  ],
  uk: [
    ['7 лютого 2024 р.', '2024-02-07'],
    ['7 листопада 2024', '2024-11-07'],
    ['7 лютого 2024 р. о 15:04', '2024-02-07T15:04'],
  ],
  tr: [
    ['7 Şubat 2024', '2024-02-07'],
    ['7 ŞUBAT 2024', '2024-02-07'],
    ['7 Subat 2024', '2024-02-07'],
    ['29 Ekim 2023', '2023-10-29'],
    ['7 Ağustos 2024 saat 15:04', '2024-08-07T15:04'],
  ],
  el: [
    ['7 Φεβρουαρίου 2024', '2024-02-07'],
    ['7 ΜΑΐΟΥ 2024', '2024-05-07'],
    ['7 Φεβ 2024', '2024-02-07'],
    ['7 Φεβρουαρίου 2024 στις 3:04 μ.μ.', '2024-02-07T15:04'],
  ],
  ro: [
    ['7 februarie 2024', '2024-02-07'],
    ['7 feb. 2024', '2024-02-07'],
    ['7 februarie 2024 la 15:04', '2024-02-07T15:04'],
  ],
  hu: [
    ['2024. február 7.', '2024-02-07'],
    ['2024. febr. 7.', '2024-02-07'],
    ['2024. március 15. 15:04', '2024-03-15T15:04'],
  ],
  id: [
    ['7 Februari 2024', '2024-02-07'],
    ['17 Agustus 2024', '2024-08-17'],
    ['7 Februari 2024 pukul 15.04', '2024-02-07T15:04'],
  ],
  ja: [
    ['2024年2月7日', '2024-02-07'],
    ['２０２４年２月７日', '2024-02-07'],
    ['2024年2月7日 15:04', '2024-02-07T15:04'],
    ['午後3:04 · 2024年2月7日', '2024-02-07T15:04'],
  ],
  zh: [
    ['2024年2月7日', '2024-02-07'],
    ['2024年12月25日', '2024-12-25'],
    ['2024年2月7日 下午3:04', '2024-02-07T15:04'],
  ],
  ko: [
    ['2024년 2월 7일', '2024-02-07'],
    ['2024년 2월 7일 오후 3:04', '2024-02-07T15:04'],
  ],
  ar: [
    ['7 فبراير 2024', '2024-02-07'],
    ['٧ فبراير ٢٠٢٤', '2024-02-07'],
    ['7 شباط 2024', '2024-02-07'],
    ['7 تشرين الثاني 2024', '2024-11-07'],
    ['7 شباط/فبراير 2024', '2024-02-07'],
    ['7 فبراير 2024 الساعة 3:04 م', '2024-02-07T15:04'],
  ],
  he: [
    ['7 בפברואר 2024', '2024-02-07'],
    ['7 פברואר 2024', '2024-02-07'],
    ['7 בפבר׳ 2024', '2024-02-07'],
    ['7 בפברואר 2024 בשעה 15:04', '2024-02-07T15:04'],
  ],
};

describe.each(Object.entries(cases))('%s dates', (code, list) => {
  it.each(list)('reads %s inside a signature', (dateText, iso) => {
    const text = `— Some Name (@some_handle) ${dateText} https://t.co/AbCdEf1234`;
    const start = text.indexOf(') ') + 2;
    const match = matchDateAt(text, start, { locales: [code] });
    expect(match).not.toBeNull();
    expect(match?.iso).toBe(iso);
    expect(match?.locale === code || match?.locale === 'und').toBe(true);
    expect(text.slice(match!.start, match!.end)).toBe(dateText);
    expect(match?.precision).toBe(iso.includes('T') ? 'minute' : 'day');
  });

  it.each(list)('reads %s without being told the language', (dateText, iso) => {
    const match = parseDate(dateText);
    expect(match?.iso).toBe(iso);
    expect(match?.start).toBe(0);
    expect(match?.end).toBe(dateText.length);
  });
});

describe('locale attribution', () => {
  it('names the language asked for when several write the same text', () => {
    expect(parseDate('7 februari 2024', { locales: ['sv'] })?.locale).toBe('sv');
    expect(parseDate('7 februari 2024', { locales: ['id'] })?.iso).toBe('2024-02-07');
    expect(parseDate('7. helmikuuta 2024')?.locale).toBe('fi');
    expect(parseDate('7 février 2024')?.locale).toBe('fr');
  });

  it('accepts region subtags and aliases', () => {
    expect(parseDate('10 de março de 2020', { locales: ['pt-BR'] })?.locale).toBe('pt');
    expect(parseDate('2024年2月7日', { locales: ['zh-TW'] })?.locale).toBe('zh');
    expect(parseDate('7. februar 2024', { locales: ['no'] })?.locale).toBe('nb');
  });

  it('reports language-neutral numeric dates as und', () => {
    expect(parseDate('2024-02-07')).toEqual({ iso: '2024-02-07', precision: 'day', start: 0, end: 10, locale: 'und' });
    expect(parseDate('2024/02/07')?.iso).toBe('2024-02-07');
    expect(parseDate('2024. 2. 7.')?.iso).toBe('2024-02-07');
  });

  it('ignores locales it does not know', () => {
    expect(parseDate('7 February 2024', { locales: ['xx'] })).toBeNull();
    expect(parseDate('2024-02-07', { locales: ['xx'] })?.iso).toBe('2024-02-07');
  });
});

describe('numeric slash dates', () => {
  it('are refused when languages disagree on the order', () => {
    expect(parseDate('7/2/2024')).toBeNull();
  });

  it('are read in the order of the language asked', () => {
    expect(parseDate('7/2/2024', { locales: ['fr'] })?.iso).toBe('2024-02-07');
    expect(parseDate('7/2/2024', { locales: ['en'] })?.iso).toBe('2024-07-02');
  });

  it('are read when only one order is a valid date', () => {
    expect(parseDate('13/2/2024')?.iso).toBe('2024-02-13');
    expect(parseDate('2/13/2024')?.iso).toBe('2024-02-13');
    expect(parseDate('7/7/2024')?.iso).toBe('2024-07-07');
  });
});

describe('a weekday after the date', () => {
  it.each([
    ['3 Eylül 2020 Perşembe', 'tr', '2020-09-03'],
    ['2020年9月3日木曜日', 'ja', '2020-09-03'],
  ])('reads %s (%s) when the weekday agrees', (text, locale, iso) => {
    expect(parseDate(text, { locales: [locale] })?.iso).toBe(iso);
  });

  it('refuses a weekday that disagrees with the date', () => {
    expect(parseDate('3 Eylül 2020 Cuma', { locales: ['tr'] })).toBeNull();
    expect(parseDate('2020年9月3日金曜日', { locales: ['ja'] })).toBeNull();
  });

  it('reads Substack’s time ∙ date', () => {
    expect(parseDate('7:49 PM ∙ Jan 31, 2024')?.iso).toBe('2024-01-31T19:49');
  });
});
