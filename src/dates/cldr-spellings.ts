/**
 * Month and weekday names as the runtime's `Intl.DateTimeFormat` writes them, and languages'
 * English names as `Intl.DisplayNames` does (CLDR data, shipped with every browser and with Node's
 * full ICU), so the locale files need to list only what CLDR does not give.
 */

/** Spellings read from CLDR for one language tag: twelve month entries and seven weekday entries. */
export interface CldrSpellings {
  readonly months: string[][];
  readonly weekdays: string[][];
}

/**
 * Twelve empty month entries and seven empty weekday entries.
 *
 * @example
 * noSpellings().weekdays.length; // 7
 */
export function noSpellings(): CldrSpellings {
  return { months: Array.from({ length: 12 }, () => []), weekdays: Array.from({ length: 7 }, () => []) };
}

/**
 * The kinds of CLDR spellings, one letter each. Months: `L` long standalone (`{ month: 'long' }`),
 * `S` short standalone, `G` long in a date (`formatToParts` of day and month: the genitive of many
 * languages), `H` short in a date; `s` and `h` the `S` and `H` forms with a dot added where CLDR
 * writes the abbreviation without one; `Y` long with a year (`{ year: 'numeric', month: 'long' }`:
 * the nominative where `L` gives the genitive, as in Greek). Weekdays: `W` long, `w` short, `v` short with a dot added.
 */
export const ALL_CLDR_KINDS = 'LSGHshYWwv';

type Options = Intl.DateTimeFormatOptions;

// One object per set of options: a dotted kind reuses the formatter of its plain kind.
const LONG_MONTH: Options = { month: 'long' };
const SHORT_MONTH: Options = { month: 'short' };
const DAY_LONG_MONTH: Options = { day: 'numeric', month: 'long' };
const DAY_SHORT_MONTH: Options = { day: 'numeric', month: 'short' };
const LONG_WEEKDAY: Options = { weekday: 'long' };
const SHORT_WEEKDAY: Options = { weekday: 'short' };

/**
 * One kind: its options, and for a dotted kind the options of the full name it abbreviates (an
 * abbreviation equal to the full name, such as `May`, gets no dot). Options with `weekday` give
 * weekdays, the others months.
 */
const KINDS: Record<string, readonly [Options, Options?]> = {
  L: [LONG_MONTH],
  S: [SHORT_MONTH],
  G: [DAY_LONG_MONTH],
  H: [DAY_SHORT_MONTH],
  s: [SHORT_MONTH, LONG_MONTH],
  h: [DAY_SHORT_MONTH, DAY_LONG_MONTH],
  Y: [{ year: 'numeric', month: 'long' }],
  W: [LONG_WEEKDAY],
  w: [SHORT_WEEKDAY],
  v: [SHORT_WEEKDAY, LONG_WEEKDAY],
};
const LETTER = /\p{L}/u;

/**
 * The spellings of the given kinds (letters of {@link ALL_CLDR_KINDS}) that the runtime's CLDR data
 * gives for `tag`, in the Gregorian calendar; `null` when the runtime has no data for the tag (a
 * small-ICU build, an engine without `Intl`) or anything fails. Never throws. Spellings without a
 * letter (`1`, `01` for a numeric short month) are left out. They are added to `into`'s entries
 * (each spelling once per entry), which is returned.
 *
 * @example
 * cldrSpellings('fr', 'L')?.months[1]; // ['février']
 */
export function cldrSpellings(tag: string, kinds: string = ALL_CLDR_KINDS, into: CldrSpellings = noSpellings()): CldrSpellings | null {
  try {
    if (typeof Intl !== 'object' || Intl.DateTimeFormat.supportedLocalesOf([tag]).length === 0) return null;
    const formatters = new Map<Options, Intl.DateTimeFormat>();
    /** The name of the month or weekday of `date` written with `options`, alone or in a date. */
    const write = (options: Options, date: Date): string => {
      let formatter = formatters.get(options);
      if (formatter === undefined) {
        formatter = new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC', calendar: 'gregory' });
        formatters.set(options, formatter);
      }
      const type = options.weekday ? 'weekday' : 'month';
      for (const part of formatter.formatToParts(date)) if (part.type === type) return part.value.trim();
      return '';
    };
    for (const kind of kinds) {
      const [options, full] = KINDS[kind] ?? [];
      if (options === undefined) continue;
      const entries = options.weekday ? into.weekdays : into.months;
      entries.forEach((entry, index) => {
        // 7 January 2024 was a Sunday.
        const date = new Date(options.weekday ? Date.UTC(2024, 0, 7 + index) : Date.UTC(2024, index, 15));
        let spelling = write(options, date);
        if (full !== undefined) {
          if (spelling.endsWith('.') || spelling === write(full, date)) return;
          spelling += '.';
        }
        if (LETTER.test(spelling) && !entry.includes(spelling)) entry.push(spelling);
      });
    }
    return into;
  } catch {
    return null;
  }
}

/**
 * CLDR's English name of a language (`Intl.DisplayNames`); the code itself where the runtime has
 * none. Never throws.
 *
 * @example
 * cldrLanguageName('nb'); // 'Norwegian Bokmål'
 */
export function cldrLanguageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
