import { cldrSpellings } from './cldr-spellings.js';
import { spellings } from './spellings.js';
import type { DateLocale } from './types.js';

/**
 * A locale file's data: a {@link DateLocale} whose month and weekday lists are what CLDR gives for
 * the `cldr` language tags plus the packed spellings written here (see `spellings`), the ones CLDR
 * does not give.
 *
 * @example
 * const source: LocaleSource = { code: 'fr', name: 'French', cldr: 'fr/LSWw', months: '|fév.', patterns: ['D M Y'] };
 */
export interface LocaleSource extends Omit<DateLocale, 'months' | 'weekdays'> {
  /**
   * Language tags whose CLDR names are taken, separated by spaces, each optionally followed by `/`
   * and the kinds to take (letters of `ALL_CLDR_KINDS`; all kinds when left out). `de/LSHsWwv de-AT/L`
   */
  readonly cldr: string;
  /** Month spellings CLDR does not give, packed: twelve entries separated by `|` (`''`: none). */
  readonly months: string;
  /** Weekday spellings CLDR does not give, packed: seven entries; left out when the language has no weekday list. */
  readonly weekdays?: string;
}

/**
 * The {@link DateLocale} of a locale file. Its `months` and `weekdays` are built on first read
 * (CLDR's names from the runtime's `Intl.DateTimeFormat`, then the file's own spellings) and kept,
 * so importing the languages costs nothing. Where the runtime lacks a tag's data, the file's own
 * spellings alone are used. Never throws.
 *
 * @example
 * const fr = cldrLocale({ code: 'fr', name: 'French', cldr: 'fr', months: '|fév.', patterns: ['D M Y'] });
 * fr.months[1]; // ['février', 'févr.', 'fév.'] on a runtime with CLDR's French
 */
export function cldrLocale(source: LocaleSource): DateLocale {
  const { cldr, months, weekdays, ...rest } = source;
  let built: Lists | undefined;
  const build = (): Lists => {
    built ??= merged(cldr, months, weekdays ?? '');
    return built;
  };
  const locale = {
    ...rest,
    get months(): string[][] {
      return build().months;
    },
  };
  if (weekdays === undefined) return locale;
  return Object.defineProperty(locale, 'weekdays', { enumerable: true, get: () => build().weekdays });
}

interface Lists {
  months: string[][];
  weekdays: string[][];
}

/** CLDR's entries of every tag of `cldr`, in order, then the packed own spellings; each spelling once. */
function merged(cldr: string, months: string, weekdays: string): Lists {
  const lists: Lists = { months: Array.from({ length: 12 }, () => []), weekdays: Array.from({ length: 7 }, () => []) };
  const add = (into: string[][], from: readonly (readonly string[])[]): void => {
    from.forEach((spellingsOfEntry, index) => {
      const entry = into[index];
      if (entry === undefined) return;
      for (const spelling of spellingsOfEntry) if (spelling !== '' && !entry.includes(spelling)) entry.push(spelling);
    });
  };
  for (const item of cldr.split(' ')) {
    const [tag = '', kinds] = item.split('/');
    const found = tag === '' ? null : cldrSpellings(tag, kinds);
    if (found === null) continue;
    add(lists.months, found.months);
    add(lists.weekdays, found.weekdays);
  }
  if (months !== '') add(lists.months, spellings(months));
  if (weekdays !== '') add(lists.weekdays, spellings(weekdays));
  return lists;
}
