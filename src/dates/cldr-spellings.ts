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

/** The options of each plain kind. Options with `weekday` give weekdays, the others months. */
const KINDS: Record<string, Options> = {
  L: { month: 'long' },
  S: { month: 'short' },
  G: { day: 'numeric', month: 'long' },
  H: { day: 'numeric', month: 'short' },
  Y: { year: 'numeric', month: 'long' },
  W: { weekday: 'long' },
  w: { weekday: 'short' },
};

/**
 * The dotted kinds: the plain kind each adds a dot to, then the kind of the full name it
 * abbreviates (an abbreviation equal to the full name, such as `May`, gets no dot).
 */
const DOTTED: Record<string, string> = { s: 'SL', h: 'HG', v: 'wW' };
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
export function cldrSpellings(tag: string, kinds: string, into: CldrSpellings = noSpellings()): CldrSpellings | null {
  try {
    // An engine without `Intl` throws here too, and gets null below.
    if (Intl.DateTimeFormat.supportedLocalesOf(tag).length === 0) return null;
    // One formatter per plain kind: a dotted kind reuses those of its plain and its full kind.
    const formatters: Record<string, Intl.DateTimeFormat> = {};
    /** The name of the month or weekday of `date` written as the plain `kind` writes it, alone or in a date. */
    const write = (kind: string, date: Date): string => {
      const options = KINDS[kind]!;
      const type = options.weekday ? 'weekday' : 'month';
      formatters[kind] ??= new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC', calendar: 'gregory' });
      return (
        formatters[kind]
          .formatToParts(date)
          .find((part) => part.type === type)
          ?.value.trim() ?? ''
      );
    };
    for (const kind of kinds) {
      const [plain = kind, full] = DOTTED[kind] ?? '';
      const options = KINDS[plain];
      if (options === undefined) continue;
      (options.weekday ? into.weekdays : into.months).forEach((entry, index) => {
        // 7 January 2024 was a Sunday.
        const date = new Date(options.weekday ? Date.UTC(2024, 0, 7 + index) : Date.UTC(2024, index, 15));
        let spelling = write(plain, date);
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
