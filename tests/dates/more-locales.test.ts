/**
 * The date languages added for Twitter's embed widget and Central/Eastern European CMSs: bn, fa,
 * fil, hi, ms, th, ur, vi, hr, sr, sk, sl, bg. Hand-written cases, a round trip through `Intl`
 * (Node's full ICU) as an oracle, and look-alikes that must not be read.
 */
import { describe, expect, it } from 'vitest';
import { dateLocales, matchDateAt, parseDate } from '../../src/dates/index.js';
import { foldText } from '../../src/dates/fold.js';

/** [date text as written, expected ISO]; every text is an invented but realistic signature date. */
const cases: Record<string, readonly (readonly [string, string])[]> = {
  bn: [
    ['৭ ফেব্রুয়ারি, ২০২৪', '2024-02-07'],
    ['7 ফেব্রুয়ারি 2024', '2024-02-07'],
    ['৭ ফেব্রুয়ারী ২০২৪', '2024-02-07'],
    ['৭ ফেব, ২০২৪', '2024-02-07'],
    ['২৮ ডিসেম্বর, ২০২৩', '2023-12-28'],
    ['১৫ আগস্ট, ২০২২', '2022-08-15'],
    ['১ মে, ২০২৪', '2024-05-01'],
    ['বুধবার, ৭ ফেব্রুয়ারি, ২০২৪', '2024-02-07'],
    ['৭ ফেব্রুয়ারি, ২০২৪ এ ৩:০৪ PM', '2024-02-07T15:04'],
    ['৩:০৪ PM · ৭ ফেব, ২০২৪', '2024-02-07T15:04'],
  ],
  fa: [
    ['۷ فوریهٔ ۲۰۲۴', '2024-02-07'],
    ['۷ فوریه ۲۰۲۴', '2024-02-07'],
    ['7 فوریه 2024', '2024-02-07'],
    ['۷ فوریه‌ی ۲۰۲۴', '2024-02-07'],
    ['۷ فوريه ۲۰۲۴', '2024-02-07'],
    ['۱۲ مهٔ ۲۰۲۳', '2023-05-12'],
    ['۱۲ می ۲۰۲۳', '2023-05-12'],
    ['۳ ژوئیهٔ ۲۰۲۲', '2022-07-03'],
    ['۳۰ دسامبر ۲۰۱۹', '2019-12-30'],
    ['چهارشنبه ۷ فوریهٔ ۲۰۲۴', '2024-02-07'],
    ['سه‌شنبه ۶ فوریهٔ ۲۰۲۴', '2024-02-06'],
    ['۷ فوریهٔ ۲۰۲۴ ساعت ۱۵:۰۴', '2024-02-07T15:04'],
    ['۳:۰۴ ب.ظ. · ۷ فوریهٔ ۲۰۲۴', '2024-02-07T15:04'],
  ],
  fil: [
    ['Pebrero 7, 2024', '2024-02-07'],
    ['Peb 7, 2024', '2024-02-07'],
    ['Febrero 7, 2024', '2024-02-07'],
    ['Hunyo 12, 2023', '2023-06-12'],
    ['Setyembre 21, 2022', '2022-09-21'],
    ['Disyembre 30, 2019', '2019-12-30'],
    ['7 Pebrero 2024', '2024-02-07'],
    ['Miyerkules, Pebrero 7, 2024', '2024-02-07'],
    ['Pebrero 7, 2024 nang 3:04 PM', '2024-02-07T15:04'],
    ['3:04 PM · Peb 7, 2024', '2024-02-07T15:04'],
  ],
  hi: [
    ['7 फ़रवरी 2024', '2024-02-07'],
    ['7 फरवरी 2024', '2024-02-07'],
    ['7 फ़र॰ 2024', '2024-02-07'],
    ['7 फ़र. 2024', '2024-02-07'],
    ['७ फ़रवरी २०२४', '2024-02-07'],
    ['15 सितंबर 2022', '2022-09-15'],
    ['15 सितम्बर 2022', '2022-09-15'],
    ['2 जन॰ 2023', '2023-01-02'],
    ['2 जून 2023', '2023-06-02'],
    ['31 अक्टूबर 2021', '2021-10-31'],
    ['बुधवार, 7 फ़रवरी 2024', '2024-02-07'],
    ['7 फ़रवरी 2024 को 3:04 pm बजे', '2024-02-07T15:04'],
    ['3:04 pm · 7 फ़र॰ 2024', '2024-02-07T15:04'],
  ],
  ms: [
    ['7 Februari 2024', '2024-02-07'],
    ['7 Feb 2024', '2024-02-07'],
    ['12 Mac 2024', '2024-03-12'],
    ['31 Ogos 2023', '2023-08-31'],
    ['25 Disember 2022', '2022-12-25'],
    ['1 Julai 2020', '2020-07-01'],
    ['7/2/2024', '2024-02-07'],
    ['Rabu, 7 Februari 2024', '2024-02-07'],
    ['7 Februari 2024 pada 3:04 PTG', '2024-02-07T15:04'],
    ['3:04 PTG · 7 Feb 2024', '2024-02-07T15:04'],
  ],
  th: [
    ['7 ก.พ. 2567', '2024-02-07'],
    ['7 กุมภาพันธ์ 2567', '2024-02-07'],
    ['7 ก.พ. 2024', '2024-02-07'],
    ['7 กุมภาพันธ์ พ.ศ. 2567', '2024-02-07'],
    ['7 กุมภาพันธ์ ค.ศ. 2024', '2024-02-07'],
    ['๗ ก.พ. ๒๕๖๗', '2024-02-07'],
    ['1 ม.ค. 2566', '2023-01-01'],
    ['1 มี.ค. 2566', '2023-03-01'],
    ['10 มิ.ย. 2565', '2022-06-10'],
    ['31 ธันวาคม 2562', '2019-12-31'],
    ['7/2/2567', '2024-02-07'],
    ['วันพุธที่ 7 กุมภาพันธ์ พ.ศ. 2567', '2024-02-07'],
    ['7 กุมภาพันธ์ 2567 เวลา 15:04', '2024-02-07T15:04'],
    ['7 ก.พ. 2567 เวลา 15.04 น.', '2024-02-07T15:04'],
    ['15:04 · 7 ก.พ. 2567', '2024-02-07T15:04'],
  ],
  ur: [
    ['7 فروری، 2024', '2024-02-07'],
    ['7 فروری 2024', '2024-02-07'],
    ['۷ فروری، ۲۰۲۴', '2024-02-07'],
    ['12 مئی، 2023', '2023-05-12'],
    ['3 جولائی، 2022', '2022-07-03'],
    ['30 دسمبر، 2019', '2019-12-30'],
    ['بدھ، 7 فروری، 2024', '2024-02-07'],
    ['7 فروری، 2024 کو 3:04 PM', '2024-02-07T15:04'],
    ['3:04 PM · 7 فروری، 2024', '2024-02-07T15:04'],
  ],
  vi: [
    ['7 tháng 2, 2024', '2024-02-07'],
    ['7 thg 2, 2024', '2024-02-07'],
    ['7 Tháng 2, 2024', '2024-02-07'],
    ['7 tháng 02, 2024', '2024-02-07'],
    ['1 thg 10, 2023', '2023-10-01'],
    ['1 thg 1, 2023', '2023-01-01'],
    ['12 tháng 12, 2022', '2022-12-12'],
    ['ngày 7 tháng 2 năm 2024', '2024-02-07'],
    ['7 tháng Hai, 2024', '2024-02-07'],
    ['07/02/2024', '2024-02-07'],
    ['Thứ Tư, 7 tháng 2, 2024', '2024-02-07'],
    ['15:04 7 thg 2, 2024', '2024-02-07T15:04'],
    ['3:04 CH · 7 thg 2, 2024', '2024-02-07T15:04'],
    ['7 tháng 2, 2024 lúc 15:04', '2024-02-07T15:04'],
  ],
  hr: [
    ['7. veljače 2024.', '2024-02-07'],
    ['7. veljače 2024', '2024-02-07'],
    ['7. velj 2024.', '2024-02-07'],
    ['7. velj. 2024.', '2024-02-07'],
    ['7. listopada 2024.', '2024-10-07'],
    ['12. srpnja 2023.', '2023-07-12'],
    ['30. studenoga 2022.', '2022-11-30'],
    ['30. studenog 2022.', '2022-11-30'],
    ['1. lipnja 2021.', '2021-06-01'],
    ['7. 2. 2024', '2024-02-07'],
    ['srijeda, 7. veljače 2024.', '2024-02-07'],
    ['7. veljače 2024. u 15:04', '2024-02-07T15:04'],
    ['7. veljače 2024. u 15.04 h', '2024-02-07T15:04'],
  ],
  sr: [
    ['7. фебруар 2024', '2024-02-07'],
    ['7. februar 2024', '2024-02-07'],
    ['7. феб 2024', '2024-02-07'],
    ['7. avgust 2023', '2023-08-07'],
    ['7. август 2023', '2023-08-07'],
    ['1. мај 2022', '2022-05-01'],
    ['1. maj 2022', '2022-05-01'],
    ['31. децембар 2019', '2019-12-31'],
    ['7. фебруар 2024. године', '2024-02-07'],
    ['7. februar 2024. godine', '2024-02-07'],
    ['7. 2. 2024', '2024-02-07'],
    ['среда, 7. фебруар 2024', '2024-02-07'],
    ['7. фебруар 2024. 15:04', '2024-02-07T15:04'],
    ['7. februar 2024. u 15:04', '2024-02-07T15:04'],
  ],
  sk: [
    ['7. februára 2024', '2024-02-07'],
    ['7. február 2024', '2024-02-07'],
    ['7. feb. 2024', '2024-02-07'],
    ['1. mája 2023', '2023-05-01'],
    ['30. júna 2022', '2022-06-30'],
    ['24. decembra 2021', '2021-12-24'],
    ['7. 2. 2024', '2024-02-07'],
    ['streda 7. februára 2024', '2024-02-07'],
    ['7. februára 2024 o 15:04', '2024-02-07T15:04'],
  ],
  sl: [
    ['7. februar 2024', '2024-02-07'],
    ['7. februarja 2024', '2024-02-07'],
    ['7. feb. 2024', '2024-02-07'],
    ['1. junij 2023', '2023-06-01'],
    ['1. julija 2023', '2023-07-01'],
    ['25. decembra 2022', '2022-12-25'],
    ['7. 2. 2024', '2024-02-07'],
    ['sreda, 7. februar 2024', '2024-02-07'],
    ['7. februar 2024 ob 15:04', '2024-02-07T15:04'],
    ['7. februar 2024 ob 15.04', '2024-02-07T15:04'],
  ],
  bg: [
    ['7 февруари 2024 г.', '2024-02-07'],
    ['7 февруари 2024', '2024-02-07'],
    ['7 фев 2024 г.', '2024-02-07'],
    ['7.02.2024 г.', '2024-02-07'],
    ['1 юни 2023 г.', '2023-06-01'],
    ['3 март 2022 г.', '2022-03-03'],
    ['30 ноември 2021 г.', '2021-11-30'],
    ['сряда, 7 февруари 2024 г.', '2024-02-07'],
    ['7 февруари 2024 г. в 15:04', '2024-02-07T15:04'],
    ['7 февруари 2024 г. в 15:04 ч.', '2024-02-07T15:04'],
  ],
};

describe.each(Object.entries(cases))('%s dates', (code, list) => {
  it.each(list)('reads %j', (text, iso) => {
    const match = parseDate(text, { locales: [code] });
    expect(match, text).not.toBeNull();
    expect(match!.iso).toBe(iso);
    expect(match!.locale).toBe(code);
    expect(match!.precision).toBe(iso.includes('T') ? 'minute' : 'day');
  });

  it('reads them to the same date when every language is tried', () => {
    for (const [text, iso] of list) {
      // Day-first numeric dates are ambiguous with English month-first ones when every language is tried.
      if (/^\d+\/\d+\/\d+$/.test(text)) continue;
      expect(parseDate(text)?.iso, text).toBe(iso);
    }
  });

  it('finds them exactly inside a signature', () => {
    for (const [text, iso] of list) {
      const signature = `— Name (@handle) ${text} https://t.co/AbCdEf1234`;
      const match = matchDateAt(signature, signature.indexOf(') ') + 2, { locales: [code] });
      expect(match?.iso, text).toBe(iso);
      expect(signature.slice(match!.start, match!.end)).toBe(text);
    }
  });
});

describe('new locales are registered', () => {
  it.each(Object.keys(cases))('%s is in dateLocales, after the languages it shares spellings with', (code) => {
    const codes = dateLocales.map((locale) => locale.code);
    expect(codes).toContain(code);
  });

  it('lists ms after id, so shared Malay/Indonesian dates keep reporting id', () => {
    const codes = dateLocales.map((locale) => locale.code);
    expect(codes.indexOf('ms')).toBeGreaterThan(codes.indexOf('id'));
    expect(parseDate('7 Februari 2024')?.locale).not.toBe('ms');
    expect(parseDate('7 Ogos 2024')).toMatchObject({ iso: '2024-08-07', locale: 'ms' });
  });

  it.each(Object.keys(cases))('%s spells no two months alike once folded', (code) => {
    const locale = dateLocales.find((l) => l.code === code)!;
    const owner = new Map<string, number>();
    locale.months.forEach((spellings, month) => {
      for (const spelling of spellings) {
        for (const folded of new Set([foldText(spelling), foldText(spelling).replace(/\.$/, '')])) {
          const previous = owner.get(folded);
          expect(previous === undefined || previous === month, `${code}: ${spelling}`).toBe(true);
          owner.set(folded, month);
        }
      }
    });
  });
});

/** Intl locale tag → our code, and the `Intl` forms a page would show. */
const oracle: readonly (readonly [string, string, readonly Intl.DateTimeFormatOptions[]])[] = [
  [
    'bn',
    'bn',
    [
      { dateStyle: 'long' },
      { dateStyle: 'medium' },
      { dateStyle: 'full' },
      { dateStyle: 'long', timeStyle: 'short' },
      { dateStyle: 'medium', timeStyle: 'short' },
    ],
  ],
  // Persian's default calendar is the Solar Hijri one; Twitter writes Gregorian months.
  [
    'fa-u-ca-gregory',
    'fa',
    [{ dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'full' }, { dateStyle: 'long', timeStyle: 'short' }],
  ],
  [
    'fil',
    'fil',
    [
      { dateStyle: 'long' },
      { dateStyle: 'medium' },
      { dateStyle: 'full' },
      { dateStyle: 'long', timeStyle: 'short' },
      { dateStyle: 'medium', timeStyle: 'short' },
    ],
  ],
  [
    'hi',
    'hi',
    [
      { dateStyle: 'long' },
      { dateStyle: 'medium' },
      { dateStyle: 'full' },
      { dateStyle: 'long', timeStyle: 'short' },
      { dateStyle: 'medium', timeStyle: 'short' },
    ],
  ],
  ['hi-u-nu-deva', 'hi', [{ dateStyle: 'long' }, { dateStyle: 'medium' }]],
  [
    'ms',
    'ms',
    [
      { dateStyle: 'long' },
      { dateStyle: 'medium' },
      { dateStyle: 'full' },
      { dateStyle: 'long', timeStyle: 'short' },
      { dateStyle: 'medium', timeStyle: 'short' },
    ],
  ],
  // Thai: Buddhist era by default, Gregorian on request.
  [
    'th',
    'th',
    [
      { dateStyle: 'long' },
      { dateStyle: 'medium' },
      { dateStyle: 'full' },
      { dateStyle: 'long', timeStyle: 'short' },
      { dateStyle: 'medium', timeStyle: 'short' },
    ],
  ],
  ['th-u-ca-gregory', 'th', [{ dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'full' }]],
  ['th-u-nu-thai', 'th', [{ dateStyle: 'long' }, { dateStyle: 'medium' }]],
  ['ur', 'ur', [{ dateStyle: 'long' }, { dateStyle: 'full' }, { dateStyle: 'long', timeStyle: 'short' }]],
  ['ur-u-nu-arabext', 'ur', [{ dateStyle: 'long' }]],
  // `lúc 15:04 7 tháng 2, 2024` (Intl's long date-time) puts the connector first; not a signature form.
  ['vi', 'vi', [{ dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'full' }, { dateStyle: 'medium', timeStyle: 'short' }]],
  [
    'hr',
    'hr',
    [
      { dateStyle: 'long' },
      { dateStyle: 'medium' },
      { dateStyle: 'full' },
      { dateStyle: 'long', timeStyle: 'short' },
      { dateStyle: 'medium', timeStyle: 'short' },
    ],
  ],
  [
    'sr',
    'sr',
    [
      { dateStyle: 'long' },
      { dateStyle: 'full' },
      { dateStyle: 'long', timeStyle: 'short' },
      { day: 'numeric', month: 'short', year: 'numeric' },
    ],
  ],
  [
    'sr-Latn',
    'sr',
    [
      { dateStyle: 'long' },
      { dateStyle: 'full' },
      { dateStyle: 'long', timeStyle: 'short' },
      { day: 'numeric', month: 'short', year: 'numeric' },
    ],
  ],
  ['sk', 'sk', [{ dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'full' }, { dateStyle: 'long', timeStyle: 'short' }]],
  [
    'sl',
    'sl',
    [
      { dateStyle: 'long' },
      { dateStyle: 'medium' },
      { dateStyle: 'full' },
      { dateStyle: 'long', timeStyle: 'short' },
      { dateStyle: 'medium', timeStyle: 'short' },
    ],
  ],
  ['bg', 'bg', [{ dateStyle: 'long' }, { dateStyle: 'medium' }, { dateStyle: 'full' }, { dateStyle: 'long', timeStyle: 'short' }]],
];

/** Dates covering every month, one- and two-digit days, several years, morning and afternoon times. */
const instants: readonly Date[] = Array.from({ length: 12 }, (_, month) => [
  new Date(Date.UTC(2024, month, 7, 15, 4)),
  new Date(Date.UTC(2019 + (month % 6), month, month % 2 === 0 ? 28 : 1, 9, 30)),
]).flat();

/** The Serbian closing dot is sentence punctuation to the matcher (its Latin spellings are shared). */
function expectedText(code: string, written: string): string {
  return code === 'sr' && written.endsWith('.') ? written.slice(0, -1) : written;
}

/**
 * Croatian abbreviations that are Czech ones too (`srp` July here, August in Czech; `lis` October
 * here, November in Czech; `pro` December in both): hr leaves them out, so whichever locale reads
 * them, the date is the same.
 */
function sharedWithCzech(code: string, written: string): boolean {
  return code === 'hr' && /(^|\s)(srp|lis|pro)\s/.test(written);
}

describe('Intl round trip', () => {
  it.each(oracle.map(([tag, code, styles]) => [tag, code, styles] as const))(
    '%s: every Intl form is read back (as %s)',
    (tag, code, styles) => {
      for (const style of styles) {
        const format = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', ...style });
        for (const instant of instants) {
          const written = format.format(instant);
          if (sharedWithCzech(code, written)) continue;
          const text = expectedText(code, written);
          const day = instant.toISOString().slice(0, 10);
          const iso = style.timeStyle ? instant.toISOString().slice(0, 16) : day;
          const match = parseDate(text, { locales: [code] });
          expect(match?.iso, `${tag} ${JSON.stringify(style)}: ${written}`).toBe(iso);
          expect(parseDate(text)?.iso, `${tag} (every locale): ${written}`).toBe(iso);
        }
      }
    },
  );
});

describe('look-alikes in the new languages', () => {
  it.each([
    ['vi', '7 tháng 13, 2024'],
    ['vi', '32 tháng 1, 2024'],
    ['vi', '7 tháng 2'],
    ['vi', 'tháng 2, 2024'],
    ['th', '7 ก.พ. 2399'],
    ['th', '7 ก.พ. 2650'],
    ['th', '30 ก.พ. 2567'],
    ['fa', '۷ می‌خواهم ۲۰۲۴'],
    ['fa', 'سه‌شنبه ۷ فوریهٔ ۲۰۲۴'],
    ['ur', 'پیر 7 فروری، 2024'],
    ['hi', '7 जनता 2024'],
    ['bn', '৭ মেয়র ২০২৪'],
    ['ms', '7 Macam 2024'],
    ['ms', '7 Ogos'],
    ['fil', 'Mayo 7'],
    ['fil', 'Linggo 7, 2024'],
    ['hr', '7 veljače 2024'],
    ['sk', 'pondelok 7. februára 2024'],
    ['bg', '30 февруари 2024 г.'],
    ['sr', '7. фебруара 2024'],
  ])('%s: rejects %j', (code, text) => {
    expect(parseDate(text, { locales: [code] })).toBeNull();
    expect(parseDate(text)).toBeNull();
  });

  it('keeps month names shared with existing languages apart', () => {
    // Croatian listopad is October, Polish and Czech listopad is November.
    expect(parseDate('7. listopada 2024.')).toMatchObject({ iso: '2024-10-07', locale: 'hr' });
    expect(parseDate('7 listopada 2024')).toMatchObject({ iso: '2024-11-07', locale: 'pl' });
    expect(parseDate('7. listopadu 2024')).toMatchObject({ iso: '2024-11-07', locale: 'cs' });
    expect(parseDate('7. lis. 2024')).toMatchObject({ iso: '2024-11-07', locale: 'cs' });
    // Croatian srpanj is July, Czech srpen August.
    expect(parseDate('7. srpnja 2024.')?.iso).toBe('2024-07-07');
    expect(parseDate('7. srpna 2024')?.iso).toBe('2024-08-07');
    // Bulgarian and Russian February.
    expect(parseDate('7 февруари 2024 г.')).toMatchObject({ iso: '2024-02-07', locale: 'bg' });
    expect(parseDate('7 февраля 2024 г.')).toMatchObject({ iso: '2024-02-07', locale: 'ru' });
    // Serbian Cyrillic мај and Russian май.
    expect(parseDate('1. мај 2024')).toMatchObject({ iso: '2024-05-01', locale: 'sr' });
    expect(parseDate('1 мая 2024 г.')).toMatchObject({ iso: '2024-05-01', locale: 'ru' });
    // Hindi जन॰ (January) and जून (June) differ only by a vowel sign; Thai ม.ค. and มี.ค. likewise.
    expect(parseDate('7 जन॰ 2024')?.iso).toBe('2024-01-07');
    expect(parseDate('7 जून 2024')?.iso).toBe('2024-06-07');
    expect(parseDate('7 ม.ค. 2567')?.iso).toBe('2024-01-07');
    expect(parseDate('7 มี.ค. 2567')?.iso).toBe('2024-03-07');
    // A German sentence ending in a date keeps its full stop out of the match.
    const german = '7. Feb. 2024.';
    const match = matchDateAt(german, 0);
    expect(german.slice(match!.start, match!.end)).toBe('7. Feb. 2024');
  });

  it('reads the Thai Buddhist era only in Thai', () => {
    expect(parseDate('7 กุมภาพันธ์ 2567')?.iso).toBe('2024-02-07');
    expect(parseDate('7 February 2567')).toBeNull();
    expect(parseDate('7/2/2567', { locales: ['th'] })?.iso).toBe('2024-02-07');
    expect(parseDate('7/2/2567', { locales: ['fr'] })).toBeNull();
  });
});
