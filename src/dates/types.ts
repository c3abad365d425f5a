/**
 * A date (optionally with a time) read from text.
 *
 * @example
 * const match: DateMatch = { iso: '2024-02-07', precision: 'day', start: 13, end: 29, locale: 'en' };
 */
export interface DateMatch {
  /**
   * ISO 8601: `2024-02-07` for a day, `2024-02-07T15:04` (or `…T15:04:05`) when a time is written,
   * followed by the offset (`-07:00`, or `Z` for a zero offset) when a zone such as `PDT`, `UTC`,
   * `CET` or `+0200` is written.
   */
  iso: string;
  /** What the written text carries: a day, a time to the minute, or a time to the second. */
  precision: 'day' | 'minute' | 'second';
  /** UTF-16 offset of the first character of the date text (after any skipped spaces). */
  start: number;
  /** UTF-16 offset just past the last character of the date text (no trailing spaces or sentence punctuation). */
  end: number;
  /** The `code` of the locale whose format matched; `'und'` for language-neutral numeric forms such as `2024-02-07`. */
  locale: string;
}

/**
 * Options for {@link matchDateAt} and {@link parseDate}.
 *
 * @example
 * const options: DateMatchOptions = { locales: ['de', 'fr'], maxLength: 60 };
 */
export interface DateMatchOptions {
  /**
   * Locale codes to try (`'de'`, `'pt-BR'` → `pt`, `'zh-TW'` → `zh`); default: every registered
   * locale. Unknown codes are ignored. Language-neutral numeric forms (`2024-02-07`) are always tried.
   */
  locales?: readonly string[];
  /** The longest date text to read, in UTF-16 units (default 80). Bounds the work per call. */
  maxLength?: number;
}

/**
 * How one language writes dates. One file per language in `src/dates/locales/`, listed once in
 * `src/dates/locales/index.ts`.
 *
 * `patterns` use a tiny layout language, items separated by spaces: `D` day number, `M` month name
 * (any spelling from `months`), `N` month number, `Y` four-digit year; any other item is literal text
 * (`de`, `.`, `年`), `a|b` gives alternatives and `[x]` makes an item optional. Spaces between items
 * match any run of horizontal whitespace, including none. Literals and month names are compared
 * case-insensitively and without accents.
 *
 * @example
 * const xx: DateLocale = {
 *   code: 'xx',
 *   name: 'Example',
 *   months: [['jan'], ['feb'], ['mar'], ['apr'], ['may'], ['jun'], ['jul'], ['aug'], ['sep'], ['oct'], ['nov'], ['dec']],
 *   patterns: ['D M Y'],
 * };
 */
export interface DateLocale {
  /** BCP 47 language code, as Twitter's `data-lang` writes it where it has one. @example 'de' */
  readonly code: string;
  /** The language's English name. @example 'German' */
  readonly name: string;
  /**
   * Twelve entries, January first; each lists the accepted spellings (full, genitive, abbreviated).
   * The built-in languages build this list on first read, from the runtime's CLDR names and their
   * own spellings (docs/dates.md); its order within an entry carries no meaning.
   * A trailing `.` is optional in input whether or not it is written here.
   */
  readonly months: readonly (readonly string[])[];
  /** Date layouts, longest-matching wins. @example ['D . M Y', 'D . N . Y'] */
  readonly patterns: readonly string[];
  /** Seven entries, Sunday first, each the accepted spellings; an optional weekday may precede the date and must agree with it. */
  readonly weekdays?: readonly (readonly string[])[];
  /** Letters glued to the day number: `st`/`nd`/`rd`/`th`, `er`. */
  readonly daySuffixes?: readonly string[];
  /** Words between a date and its time (`at`, `um`, `à`, `kl.`); `,` and `·` are always accepted. */
  readonly timeConnectors?: readonly string[];
  /** Words for the 12-hour clock, before or after the time (`PM`, `p. m.`, `午後`). */
  readonly dayPeriods?: { readonly am: readonly string[]; readonly pm: readonly string[] };
  /** Separators between hours and minutes besides `:` (`.` in Finnish, `h` in French). */
  readonly timeSeparators?: readonly string[];
  /** Words after a time (`Uhr`). */
  readonly timeSuffixes?: readonly string[];
  /**
   * A second era for written years: a four-digit year above `above` is read as `year - offset`
   * before it is checked. Thai writes Buddhist-era years (`{ above: 2400, offset: 543 }`: `2567`
   * is 2024) as well as Gregorian ones.
   */
  readonly eraYears?: { readonly above: number; readonly offset: number };
}
