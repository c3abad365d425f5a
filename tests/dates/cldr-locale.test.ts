import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cldrLocale } from '../../src/dates/cldr-locale.js';
import { compileLocale } from '../../src/dates/compile-locale.js';
import { dateLocales, parseDate, type DateLocale } from '../../src/dates/index.js';
import type { TrieNode } from '../../src/dates/trie.js';
import handSpellings from './fixtures/hand-spellings.json' with { type: 'json' };

/** The tables as they were written by hand before CLDR's names were read from Intl (session 9). */
const hand = handSpellings as Record<string, { months: string[][]; weekdays: string[][] | null }>;

/** Every folded spelling of a trie with its value: what a compiled list accepts. */
function accepted(trie: TrieNode | null): Map<string, number> {
  const found = new Map<string, number>();
  const walk = (node: TrieNode, path: string): void => {
    if (node.value !== undefined) found.set(path, node.value);
    for (const [char, child] of node.next) walk(child, path + char);
  };
  if (trie) walk(trie, '');
  return found;
}

/** The source of the locale with this code, read back from its file's data. */
function handLocale(code: string): DateLocale {
  const table = hand[code]!;
  return { code, name: code, patterns: [], months: table.months, ...(table.weekdays ? { weekdays: table.weekdays } : {}) };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cldrLocale on this runtime (Node with full ICU)', () => {
  it('has CLDR data for every language tag a locale file names', () => {
    const tags = dateLocales.flatMap((locale) => cldrTagsOf(locale.code));
    expect(tags.length).toBeGreaterThanOrEqual(dateLocales.length);
    for (const tag of tags) expect(Intl.DateTimeFormat.supportedLocalesOf([tag]), tag).toEqual([tag]);
  });

  it('accepts exactly the spellings of the hand-written tables, each for the same month and weekday', () => {
    expect(dateLocales.map((locale) => locale.code)).toEqual(Object.keys(hand));
    for (const locale of dateLocales) {
      const now = compileLocale(locale);
      const before = compileLocale(handLocale(locale.code));
      expect(accepted(now.months), `${locale.code} months`).toEqual(accepted(before.months));
      expect(accepted(now.weekdays), `${locale.code} weekdays`).toEqual(accepted(before.weekdays));
      expect(locale.weekdays === undefined, locale.code).toBe(hand[locale.code]!.weekdays === null);
    }
  });

  it('builds the lists on first read only, and keeps them', () => {
    const spy = vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf');
    const fr = cldrLocale({ code: 'fr', name: 'French', cldr: 'L', months: '|fév.', weekdays: '', patterns: ['D M Y'] });
    expect(spy).not.toHaveBeenCalled();
    expect(fr.months[1]).toEqual(['février', 'fév.']);
    expect(fr.months).toBe(fr.months);
    expect(fr.weekdays).toEqual([[], [], [], [], [], [], []]);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it("writes every month spelling in its other forms: padded number, ASCII abbreviation mark, the locale's monthForms", () => {
    const zh = cldrLocale({ code: 'zh', name: 'Chinese', cldr: 'S', months: '', patterns: [] });
    expect(zh.months[1]).toEqual(['2月', '02月']);
    expect(zh.months[11]).toEqual(['12月']);
    const hi = cldrLocale({ code: 'hi', name: 'Hindi', cldr: 'S', months: '', patterns: [] });
    expect(hi.months[0]).toEqual(['जन॰', 'जन.']);
    const he = cldrLocale({ code: 'he', cldr: 'S', monthForms: (spelling) => [`ב${spelling}`], months: '||מרס', patterns: [] });
    expect(he.months[0]).toEqual(['ינו׳', "ינו'", 'בינו׳', "בינו'"]);
    expect(he.months[2]).toEqual(['מרץ', 'מרס', 'במרץ', 'במרס']);
    expect(Object.keys(he)).not.toContain('monthForms');
  });

  it("writes weekdays in the locale's weekdayForms (Thai: with ที่ after a name opening with วัน)", () => {
    const th = dateLocales.find((locale) => locale.code === 'th')!;
    expect(th.weekdays?.[3]).toEqual(['วันพุธ', 'พุธ', 'วันพุธที่']);
    expect(parseDate('วันพุธที่ 7 กุมภาพันธ์ 2567', { locales: ['th'] })?.iso).toBe('2024-02-07');
    expect(parseDate('พุธที่ 7 กุมภาพันธ์ 2567', { locales: ['th'] })).toBeNull();
  });

  it("takes the kinds written alone from the locale's own code, and `tag/kinds` from another tag", () => {
    const ja = cldrLocale({ code: 'ja', cldr: 'W zh/S', months: '', patterns: [] });
    expect(ja.weekdays?.[3]).toEqual(['水曜日']);
    expect(ja.months[1]).toEqual(['2月', '02月']);
    // A weekday kind written after another tag counts too; a tag's own letters (`vi`) do not.
    expect(cldrLocale({ code: 'xx', cldr: 'L vi/Lw', months: '', patterns: [] }).weekdays).toHaveLength(7);
    expect(cldrLocale({ code: 'xx', cldr: 'L vi/L', months: '', patterns: [] }).weekdays).toBeUndefined();
  });

  it('joins the long month names of two tags with a slash, in either order', () => {
    const ar = cldrLocale({ code: 'ar', name: 'Arabic', cldr: '', joinedMonths: 'ar-SY ar', months: '', patterns: [] });
    expect(ar.months[1]).toEqual(['شباط/فبراير', 'فبراير/شباط']);
    expect(parseDate('7 شباط/فبراير 2024', { locales: ['ar'] })?.iso).toBe('2024-02-07');
    expect(parseDate('7 فبراير/شباط 2024', { locales: ['ar'] })?.iso).toBe('2024-02-07');
  });

  it("names every language in English as before: CLDR's name, or the file's own where CLDR's is another", () => {
    expect(dateLocales.map((locale) => locale.name)).toEqual(
      // biome-ignore format: one name per language, in the order of dateLocales
      ['English', 'German', 'French', 'Spanish', 'Portuguese', 'Italian', 'Dutch', 'Catalan', 'Swedish', 'Danish', 'Norwegian Bokmål', 'Finnish', 'Polish', 'Czech', 'Russian', 'Ukrainian', 'Turkish', 'Greek', 'Romanian', 'Hungarian', 'Indonesian', 'Japanese', 'Chinese', 'Korean', 'Arabic', 'Hebrew', 'Malay', 'Filipino', 'Vietnamese', 'Thai', 'Hindi', 'Bengali', 'Urdu', 'Persian', 'Slovak', 'Slovenian', 'Croatian', 'Serbian', 'Bulgarian'],
    );
    expect(Object.keys(dateLocales[0]!).slice(0, 2)).toEqual(['code', 'name']);
  });

  it('shows its lists to code that copies the locale (spread, JSON)', () => {
    const en = dateLocales[0]!;
    expect({ ...en }.months).toEqual(en.months);
    expect(JSON.parse(JSON.stringify(en)).weekdays).toEqual(en.weekdays);
  });
});

describe('cldrLocale without CLDR data', () => {
  it('keeps the locale file’s own spellings when the runtime lacks the language (small ICU)', () => {
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValue([]);
    const fr = cldrLocale({ code: 'fr', name: 'French', cldr: 'LS', months: '|fév.', patterns: ['D M Y'] });
    expect(fr.months).toEqual([[], ['fév.'], [], [], [], [], [], [], [], [], [], []]);
    expect(fr.weekdays).toBeUndefined();
  });

  it('does not throw when Intl itself fails, and dates still parse with the own spellings', () => {
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockImplementation(() => {
      throw new RangeError('no data');
    });
    const xx = cldrLocale({
      code: 'xx',
      name: 'Example',
      cldr: 'fr/LS',
      months: 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec',
      patterns: ['D M Y'],
    });
    expect(() => compileLocale(xx)).not.toThrow();
    expect(xx.months[1]).toEqual(['feb']);
  });

  it('names a language by its code when the runtime has no display names', () => {
    vi.spyOn(Intl, 'DisplayNames').mockImplementation(() => {
      throw new RangeError('no data');
    });
    expect(cldrLocale({ code: 'xx', cldr: '', months: '', patterns: [] }).name).toBe('xx');
    expect(cldrLocale({ code: 'bn', name: 'Bengali', cldr: '', months: '', patterns: [] }).name).toBe('Bengali');
  });

  it('reads hand spellings in parseDate whatever Intl gives (a locale file’s own spelling, fév.)', () => {
    expect(parseDate('7 fév. 2024', { locales: ['fr'] })?.iso).toBe('2024-02-07');
    expect(parseDate('7 février 2024', { locales: ['fr'] })?.iso).toBe('2024-02-07');
  });
});

/** The `cldr` tags of a locale file, read from its source text. */
function cldrTagsOf(code: string): string[] {
  const text = readFileSync(new URL(`../../src/dates/locales/${code}.ts`, import.meta.url), 'utf8');
  const found = /\bcldr: '([^']*)'/.exec(text);
  expect(found, code).not.toBeNull();
  // `kinds` alone names the file's own code; `tag/kinds` another tag.
  return (found?.[1] ?? '').split(' ').map((item) => (item.includes('/') ? (item.split('/')[0] ?? '') : code));
}
