import { platforms } from '../platforms/index.js';
import { isLineBreak } from './characters.js';
import { phrasePattern } from './phrase-anchors.js';

/** Where a shared-by phrase stands. */
export interface SharedBySpan {
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
export function findSharedByBefore(text: string, floor: number, before: number): SharedBySpan | null {
  let from = before;
  while (from > floor && !isLineBreak(text.charCodeAt(from - 1))) from--;
  const window = lowerSameLength(text.slice(from, before));
  let best: SharedBySpan | null = null;
  for (const phrase of sharedByPhrases()) {
    const index = window.lastIndexOf(phrase);
    if (index === -1) continue;
    const start = from + index;
    if (best === null || start > best.start) best = { start, end: start + phrase.length };
  }
  return best;
}

/** {@link findSharedByBefore} bound to one text. */
export type SharedByFinder = (floor: number, before: number) => SharedBySpan | null;

let anyPhrase: RegExp | undefined;

/**
 * {@link findSharedByBefore} for many candidates in one text: one case-insensitive pass over the
 * text first tells whether it holds any shared-by phrase at all, and when it holds none every call
 * returns null at once instead of lowercasing a window and searching it for each phrase (a text
 * with hundreds of thousands of `(@` would pay that for each).
 *
 * @example
 * sharedByFinder('Sunset A post shared by Jane (@jane)')(0, 29); // { start: 7, end: 23 }
 * sharedByFinder('— Jane (@jane)')(0, 7); // null, without looking
 */
export function sharedByFinder(text: string): SharedByFinder {
  let holdsPhrase: boolean | undefined;
  return (floor, before) => {
    if (holdsPhrase === undefined) {
      // Simple case folding (the u and i flags) matches whatever lowercases to a phrase, and more.
      anyPhrase ??= phrasePattern(sharedByPhrases(), 'iu');
      holdsPhrase = anyPhrase.test(text);
    }
    return holdsPhrase ? findSharedByBefore(text, floor, before) : null;
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
