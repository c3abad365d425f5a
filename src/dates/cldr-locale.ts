import { cldrLanguageName, cldrSpellings, noSpellings, type CldrSpellings } from './cldr-spellings.js';
import { spellings } from './spellings.js';
import type { DateLocale } from './types.js';

/**
 * A locale file's data: a {@link DateLocale} whose month and weekday lists are what CLDR gives for
 * the `cldr` language tags plus the packed spellings written here (see `spellings`), the ones CLDR
 * does not give, and whose name is CLDR's English name of `code` unless one is written.
 *
 * @example
 * const source: LocaleSource = { code: 'fr', cldr: 'LSWw', months: '|fév.', patterns: ['D M Y'] };
 */
export interface LocaleSource extends Omit<DateLocale, 'name' | 'months' | 'weekdays'> {
  /** The language's English name where CLDR's (`Intl.DisplayNames`) is another: `Bengali`, which CLDR calls Bangla. */
  readonly name?: string;
  /**
   * The kinds of CLDR names taken (letters of `ALL_CLDR_KINDS`) and from which language tags,
   * separated by spaces: `kinds` alone for the locale's own `code`, `tag/kinds` for another tag.
   * `LSHsWwv de-AT/L` in a file of code `de` takes seven kinds of German names and Austria's long
   * month names. (The code is not written again: 39 files writing their own code cost a bundle
   * about 0.1 KB gzipped.)
   */
  readonly cldr: string;
  /** Month spellings CLDR does not give, packed: twelve entries separated by `|` (left out or `''`: none). */
  readonly months?: string;
  /**
   * Weekday spellings CLDR does not give, packed: seven entries. The language has a weekday list
   * when this is written or `cldr` takes a weekday kind (`W`, `w`, `v`).
   */
  readonly weekdays?: string;
  /**
   * Two language tags whose long month names are also written together, joined by `/` in either
   * order: Arabic writes the Levantine and the Egyptian name of a month side by side (`ar-SY ar`:
   * `شباط/فبراير`, `فبراير/شباط`).
   */
  readonly joinedMonths?: string;
  /**
   * The other forms in which the language writes a month spelling, where a rule gives them:
   * Hebrew glues "in" to the name (`ב`: `בפברואר`); Persian writes a name ending in ه with the
   * ezafe `‌ی` (`ژانویه‌ی`).
   */
  readonly monthForms?: (spelling: string) => readonly string[];
  /**
   * The same for weekdays: Thai writes a weekday named with วัน ("day") followed by ที่ ("the")
   * before the day number (`วันพุธที่ 7`).
   */
  readonly weekdayForms?: (spelling: string) => readonly string[];
}

/**
 * The {@link DateLocale} of a locale file. Its `months` and `weekdays` are built on first read
 * (CLDR's names from the runtime's `Intl.DateTimeFormat`, then the file's own spellings) and kept,
 * and so is its `name` (the written one, else CLDR's English name from `Intl.DisplayNames`), so
 * importing the languages costs nothing. Where the runtime lacks a tag's data, the file's own
 * spellings alone are used (and the code as name). Never throws.
 *
 * @example
 * const fr = cldrLocale({ code: 'fr', name: 'French', cldr: 'LSW', months: '|fév.', patterns: ['D M Y'] });
 * fr.months[1]; // ['février', 'févr.', 'fév.'] on a runtime with CLDR's French
 */
export function cldrLocale(source: LocaleSource): DateLocale {
  // `name` is kept here once CLDR's is read.
  let { code, name, cldr, months, weekdays, joinedMonths, monthForms, weekdayForms, ...rest } = source;
  let built: CldrSpellings | undefined;
  const locale = {
    code,
    get name(): string {
      return (name ??= cldrLanguageName(code));
    },
    ...rest,
    get months(): string[][] {
      return (built ??= merged(source)).months;
    },
  };
  // A language has a weekday list when it writes one or takes CLDR's: a weekday kind among the
  // letters that end an item (a tag is always followed by `/`, so its letters never end one).
  if (weekdays === undefined && !/[Wwv]\w*( |$)/.test(cldr)) return locale;
  return Object.defineProperty(locale, 'weekdays', { enumerable: true, get: () => (built ??= merged(source)).weekdays });
}

/**
 * CLDR's entries of every tag of `cldr`, in order, its joined month names, then the packed own
 * spellings; then every month spelling also in the forms of {@link standInForms}, and every
 * spelling in the forms of the locale's `monthForms` and `weekdayForms`. Each spelling once.
 */
function merged(source: LocaleSource): CldrSpellings {
  const lists = noSpellings();
  const { months, weekdays } = lists;
  const add = (into: string[][], from: readonly (readonly string[])[]): void => {
    from.forEach((spellingsOfEntry, index) => {
      const entry = into[index];
      if (entry === undefined) return;
      for (const spelling of spellingsOfEntry) if (spelling !== '' && !entry.includes(spelling)) entry.push(spelling);
    });
  };
  for (const item of source.cldr.split(' ')) {
    // `tag/kinds`, or `kinds` alone for the locale's own code.
    const [kinds, tag = source.code] = item.split('/').reverse();
    cldrSpellings(tag, kinds!, lists); // split gives at least one part
  }
  const [first = [], second = []] = source.joinedMonths?.split(' ').map((tag) => cldrSpellings(tag, 'L')?.months ?? []) ?? [];
  add(
    months,
    first.map((names, index) => names.flatMap((one) => (second[index] ?? []).flatMap((other) => [`${one}/${other}`, `${other}/${one}`]))),
  );
  // An empty packed list (`''`) is one entry holding `''`, which adds nothing.
  add(months, spellings(source.months ?? ''));
  add(weekdays, spellings(source.weekdays ?? ''));
  for (const [into, forms] of [
    [months, standInForms],
    [months, source.monthForms],
    [weekdays, source.weekdayForms],
  ] as const) {
    if (forms)
      add(
        into,
        into.map((entry) => entry.flatMap(forms)),
      );
  }
  return lists;
}

/**
 * The forms in which a month spelling is also written in every language: a lone digit with a
 * leading zero (`1月` as `01月`, `tháng 1` as `tháng 01`), and a final abbreviation mark that
 * keyboards lack as its ASCII stand-in (Hebrew geresh `פבר׳` as `פבר'`, Devanagari `जन॰` as `जन.`).
 *
 * @example
 * standInForms('ינו׳'); // ['ינו׳', 'ינו׳', "ינו'"]
 */
function standInForms(spelling: string): string[] {
  return [spelling, spelling.replace(/\b\d\b/, '0$&'), spelling.replace(/\u05f3$/, "'").replace(/\u0970$/, '.')];
}
