import { trieOf, type TrieNode } from './trie.js';
import type { DateLocale } from './types.js';

/**
 * One item of a compiled date layout: a number or month slot (its letter), or literal text.
 *
 * @example
 * const day: LayoutItem = 'D';
 */
export type LayoutItem = 'D' | 'M' | 'N' | 'Y' | { readonly trie: TrieNode; readonly optional: boolean };

/**
 * A locale with its spellings turned into tries and its layouts parsed, built on first use.
 *
 * @example
 * const compiled = compileLocale(en);
 * compiled.layouts.length; // en.patterns.length
 */
export interface CompiledLocale {
  readonly locale: DateLocale;
  readonly layouts: readonly (readonly LayoutItem[])[];
  /** Month spellings; value = month index 0–11. */
  readonly months: TrieNode;
  /** Weekday spellings; value = day index 0 (Sunday)–6. */
  readonly weekdays: TrieNode | null;
  readonly daySuffixes: TrieNode | null;
  /** Words and marks between a date and its time. */
  readonly connectors: TrieNode;
  /** value 0 = a.m., 1 = p.m. */
  readonly dayPeriods: TrieNode | null;
  readonly timeSeparators: TrieNode;
  readonly timeSuffixes: TrieNode | null;
  /**
   * The tries a date of this locale can open with at a letter (months, weekdays, day periods,
   * layout literals): where none of them matches, no date of this locale starts.
   */
  readonly starters: readonly TrieNode[];
}

/** Marks accepted between a date and a following time in every language (and between a time and a following date). */
export const COMMON_CONNECTORS = [',', '\u00b7', '\u2022', '|', '\u060c'];

const compiled = new WeakMap<DateLocale, CompiledLocale>();

/**
 * The compiled form of a locale, built on the first call and cached.
 *
 * @example
 * compileLocale(de).months; // trie of every German month spelling
 */
export function compileLocale(locale: DateLocale): CompiledLocale {
  let result = compiled.get(locale);
  if (!result) {
    result = buildLocale(locale);
    compiled.set(locale, result);
  }
  return result;
}

/**
 * Parses one layout of the pattern language described on {@link DateLocale.patterns}.
 *
 * @example
 * parseLayout('D [de] M de Y').length; // 5
 */
function parseLayout(pattern: string): LayoutItem[] {
  const items: LayoutItem[] = [];
  for (const word of pattern.split(' ')) {
    if (word === '') continue;
    if (word === 'D' || word === 'M' || word === 'N' || word === 'Y') {
      items.push(word);
      continue;
    }
    const optional = word.length > 2 && word.startsWith('[') && word.endsWith(']');
    const body = optional ? word.slice(1, -1) : word;
    items.push({ trie: trieOf(body.split('|')), optional });
  }
  return items;
}

function buildLocale(locale: DateLocale): CompiledLocale {
  const months = trieOf(locale.months);
  const weekdays = locale.weekdays ? trieOf(locale.weekdays) : null;
  const dayPeriods = locale.dayPeriods ? trieOf([locale.dayPeriods.am, locale.dayPeriods.pm]) : null;
  const layouts = locale.patterns.map(parseLayout);
  const starters = [months, weekdays, dayPeriods, ...layouts.flat().map((item) => (typeof item === 'object' ? item.trie : null))].filter(
    (trie) => trie !== null,
  );
  return {
    locale,
    layouts,
    starters,
    months,
    weekdays,
    daySuffixes: locale.daySuffixes ? trieOf(locale.daySuffixes) : null,
    connectors: trieOf([...COMMON_CONNECTORS, ...(locale.timeConnectors ?? [])]),
    dayPeriods,
    timeSeparators: trieOf([':', ...(locale.timeSeparators ?? [])]),
    timeSuffixes: locale.timeSuffixes ? trieOf(locale.timeSuffixes) : null,
  };
}
