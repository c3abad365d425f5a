import { platforms } from '../platforms/index.js';
import { isLineBreak } from './characters.js';

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
