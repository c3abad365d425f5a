import { dateLocales } from './locales/index.js';
import { parseDate } from './match-date.js';
import type { DateMatch } from './types.js';

/**
 * Reads a written embed date, preferring the embed's display language (`data-lang`, e.g. `de`,
 * `zh-cn`) and falling back to every known language.
 *
 * @example
 * readWrittenDate('17. August 2018', 'de')?.iso; // '2018-08-17'
 */
export function readWrittenDate(text: string, lang: string | null | undefined): DateMatch | null {
  const base = lang?.toLowerCase().split(/[-_]/)[0];
  if (base !== undefined && dateLocales.some((locale) => locale.code === base)) {
    const preferred = parseDate(text, { locales: [base] });
    if (preferred !== null) return preferred;
  }
  return parseDate(text);
}
