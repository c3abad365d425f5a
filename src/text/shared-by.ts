import { platforms } from '../platforms/index.js';
import { isLineBreak } from '../kit/index.js';
import { phrasePattern } from './phrase-anchors.js';

/** Where a shared-by phrase stands. */
interface SharedBySpan {
  /** Offset of the phrase's first character. */
  start: number;
  /** Offset just past the phrase. */
  end: number;
}

let phrases: readonly string[] | undefined;

function sharedByPhrases(): readonly string[] {
  phrases ??= platforms.flatMap((platform) => platform.text?.sharedByPhrases ?? []);
  return phrases;
}

/**
 * Finds the last shared-by phrase (Instagram's `A post shared by`, in any registered language)
 * between `floor` and `before` on the line that holds `before`, case-insensitively.
 *
 * @example
 * findSharedByBefore('Sunset A post shared by Jane (@jane)', 0, 29); // { start: 7, end: 23 }
 */
function findSharedByBefore(text: string, floor: number, before: number): SharedBySpan | null {
  let from = before;
  while (from > floor && !isLineBreak(text.charCodeAt(from - 1))) from--;
  const window = lowerSameLength(text.slice(from, before));
  // The last phrase is the one that starts furthest right (at one place, the first listed): one
  // backward walk that tries only the phrases opening with each character, instead of a
  // lastIndexOf per phrase over the whole window.
  const { opens, pairs, byFirst } = phraseIndex();
  for (let index = window.length - 1; index >= 0; index--) {
    const unit = window.charCodeAt(index);
    if (opens[unit] !== 1 || pairs[pairKey(unit, window.charCodeAt(index + 1))] !== 1) continue;
    for (const phrase of byFirst.get(unit) ?? []) {
      if (window.startsWith(phrase, index)) return { start: from + index, end: from + index + phrase.length };
    }
  }
  return null;
}

/** The shared-by phrases by their first code unit (each list in the registry's order), and a table of those units. */
interface PhraseIndex {
  /** 1 at each code unit some phrase opens with. */
  opens: Uint8Array;
  /** 1 at the {@link pairKey} of each phrase's first two code units (and of others that share it). */
  pairs: Uint8Array;
  byFirst: Map<number, string[]>;
}

/** A 16-bit key of two code units: a filter, since different pairs may share one. */
function pairKey(first: number, second: number): number {
  return ((first << 6) ^ second) & 0xffff;
}

let phraseTable: PhraseIndex | undefined;

function phraseIndex(): PhraseIndex {
  if (phraseTable !== undefined) return phraseTable;
  const index: PhraseIndex = { opens: new Uint8Array(0x10000), pairs: new Uint8Array(0x10000), byFirst: new Map() };
  for (const phrase of sharedByPhrases()) {
    if (phrase === '') continue;
    const first = phrase.charCodeAt(0);
    index.opens[first] = 1;
    // A one-unit phrase has no second unit to filter by.
    if (phrase.length === 1) index.pairs.fill(1);
    else index.pairs[pairKey(first, phrase.charCodeAt(1))] = 1;
    const list = index.byFirst.get(first);
    if (list === undefined) index.byFirst.set(first, [phrase]);
    else list.push(phrase);
  }
  phraseTable = index;
  return index;
}

/** {@link findSharedByBefore} bound to one text. */
export type SharedByFinder = (floor: number, before: number) => SharedBySpan | null;

let anyPhrase: RegExp | undefined;

/**
 * The pass over the whole text costs about as much as 1 window search per 128 characters (a
 * case-insensitive regex of every language's phrases is slow per character; a window search takes
 * about a microsecond), so it pays only when there are more candidates than that: texts with
 * hundreds of thousands of `(@`, never an article, however many embeds it holds.
 */
const CHARACTERS_PER_WINDOW_SEARCH = 128;

/**
 * {@link findSharedByBefore} for many candidates in one text: the first calls search their window;
 * once there are more than one per {@link CHARACTERS_PER_WINDOW_SEARCH} characters (at least 512),
 * one case-insensitive pass over the text tells whether it holds any shared-by phrase at all, and
 * when it holds none every further call returns null at once. Linear either way.
 *
 * @example
 * sharedByFinder('Sunset A post shared by Jane (@jane)')(0, 29); // { start: 7, end: 23 }
 * sharedByFinder('— Jane (@jane)')(0, 7); // null
 */
export function sharedByFinder(text: string): SharedByFinder {
  const searchesBeforePass = Math.max(512, Math.floor(text.length / CHARACTERS_PER_WINDOW_SEARCH));
  let calls = 0;
  let holdsPhrase: boolean | undefined;
  return (floor, before) => {
    if (holdsPhrase === undefined && ++calls > searchesBeforePass) {
      // Simple case folding (the u and i flags) matches whatever lowercases to a phrase, and more.
      anyPhrase ??= phrasePattern(sharedByPhrases(), 'iu');
      holdsPhrase = anyPhrase.test(text);
    }
    return holdsPhrase === false ? null : findSharedByBefore(text, floor, before);
  };
}

/** Lowercases character by character, keeping any character whose lowercase form has another length. */
function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const low = char.toLowerCase();
    out += low.length === char.length ? low : char;
  }
  return out;
}
