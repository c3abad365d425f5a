import { foldChar, foldText, isDateSpace, isLetterAt, isMarkAt, isNoSpaceLetter, skipInlineSpace } from './fold.js';

/**
 * A prefix tree over folded spellings (see `foldText`), mapping each spelling to a number.
 *
 * @example
 * const months = createTrie();
 * addSpelling(months, 'Feb.', 1);
 */
export interface TrieNode {
  readonly next: Map<string, TrieNode>;
  value: number | undefined;
}

/**
 * Where a spelling matched and its value.
 *
 * @example
 * const hit: TrieHit = { end: 3, value: 1 };
 */
export interface TrieHit {
  end: number;
  value: number;
}

/**
 * An empty trie.
 *
 * @example
 * const root = createTrie();
 */
export function createTrie(): TrieNode {
  return { next: new Map(), value: undefined };
}

/**
 * Adds a spelling, folded (see `foldText`). A spelling written with a trailing `.` or Hebrew geresh
 * is also added without it, so abbreviations match with or without their dot. The first value given
 * for a spelling wins.
 *
 * @example
 * const root = createTrie();
 * addSpelling(root, 'févr.', 1); // matches 'févr.', 'FEVR', 'fevr'
 */
function addSpelling(root: TrieNode, spelling: string, value: number): void {
  const folded = foldText(spelling);
  insert(root, folded, value);
  if (/.[.\u05f3]$/s.test(folded)) insert(root, folded.slice(0, -1), value);
}

function insert(root: TrieNode, folded: string, value: number): void {
  if (folded === '') return;
  let node = root;
  for (const char of folded) {
    let child = node.next.get(char);
    if (!child) {
      child = createTrie();
      node.next.set(char, child);
    }
    node = child;
  }
  node.value ??= value;
}

/**
 * A trie holding the given entries, each a spelling or a list of spellings, with its index in the
 * list as value.
 *
 * @example
 * const periods = trieOf(['am', 'pm']);
 * const months = trieOf([['January', 'Jan.'], ['February', 'Feb.']]); // 'jan' → 0
 */
export function trieOf(entries: readonly (string | readonly string[])[]): TrieNode {
  const root = createTrie();
  entries.forEach((entry, index) => {
    for (const spelling of typeof entry === 'string' ? [entry] : entry) addSpelling(root, spelling, index);
  });
  return root;
}

/**
 * The longest spelling of the trie that starts exactly at `pos` and ends at a word boundary
 * (a spelling ending in a letter may not be followed by a letter, except in Han, kana and Hangul).
 * A space in a spelling matches a run of horizontal whitespace. Reads at most up to `limit`; runs
 * in time linear in the characters read. `visit`, when given, is called with every spelling that
 * ends at a word boundary on the way (shortest first), not only the longest: for a trie whose
 * values stand for sets, one walk gathers every set that matches.
 *
 * @example
 * matchTrie(trieOf(['feb', 'february']), 'February 7', 0, 10); // { end: 8, value: 1 }
 * const ends: number[] = [];
 * matchTrie(trieOf(['feb', 'feb 7']), 'Feb 7', 0, 5, (hit) => ends.push(hit.end)); // ends: [3, 5]
 */
export function matchTrie(root: TrieNode, text: string, pos: number, limit: number, visit?: (hit: TrieHit) => void): TrieHit | null {
  let node = root;
  let i = pos;
  let best: TrieHit | null = null;
  while (i < limit) {
    const code = text.charCodeAt(i);
    if (isDateSpace(code)) {
      const child = node.next.get(' ');
      if (!child || i === pos) break;
      i = skipInlineSpace(text, i, limit);
      node = child;
      continue;
    }
    const char = text.charAt(i);
    const folded = foldChar(char);
    i++;
    if (folded === '') continue;
    if (folded.length === 1) {
      // Most characters fold to one unit: looked up without a string iterator.
      const child = node.next.get(folded);
      if (!child) return best;
      node = child;
    } else {
      for (const unit of folded) {
        const child = node.next.get(unit);
        if (!child) return best;
        node = child;
      }
    }
    if (node.value === undefined) continue;
    let end = i;
    while (end < limit && isMarkAt(text, end)) end++;
    const lastIsWordLetter = isLetterAt(text, i - 1) && !isNoSpaceLetter(char);
    if (!lastIsWordLetter || !(isLetterAt(text, end) || isMarkAt(text, end))) {
      best = { end, value: node.value };
      visit?.(best);
    }
  }
  return best;
}
