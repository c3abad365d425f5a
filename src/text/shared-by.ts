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

/** Every registered language's shared-by phrases, lowercase, in the registry's order. */
const PHRASES: readonly string[] = platforms.flatMap((platform) => platform.text?.sharedByPhrases ?? []);

/** `^.*(phrase|…)`: see {@link findSharedByBefore}. Built at the first call. */
let lastPhrase: RegExp | undefined;

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
  // The last phrase is the one that starts furthest right (at one place, the first listed): the
  // greedy `.*` gives back the window one character at a time from its end, and at each place the
  // alternation tries the phrases in the registry's order. The window holds no line break for `.`
  // to stop at, and the phrases are lowercase literals, so the match is `startsWith` on the
  // lowercased window at the rightmost place.
  lastPhrase ??= new RegExp(`^.*(${phrasePattern(PHRASES, '').source})`);
  const match = lastPhrase.exec(lowerSameLength(text.slice(from, before)));
  if (match === null) return null;
  const end = from + match[0].length;
  return { start: end - (match[1] as string).length, end };
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
      anyPhrase ??= phrasePattern(PHRASES, 'iu');
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
