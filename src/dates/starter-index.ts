import type { CompiledLocale } from './compile-locale.js';
import { createTrie, eachTrieMatch, type TrieNode } from './trie.js';

/**
 * One prefix tree over the spellings a date can open with at a letter in every given locale
 * (month and weekday names, day periods, layout words: each locale's `starters`), each spelling
 * naming the locales that write it. One walk at a letter tells which locales can read a date
 * there, instead of one walk per locale.
 *
 * @example
 * const index = starterIndex(locales.map(compileLocale));
 * index.at('March 19, 2024', 0, 14); // [the compiled en]: no other locale spells `march`
 */
export interface StarterIndex {
  /**
   * The locales (in the order given) of which some starter spelling matches at `pos` with the
   * rules of `matchTrie` (whole spelling, word boundary after it): the only ones that can read a
   * date starting at the letter there.
   */
  at(text: string, pos: number, limit: number): readonly CompiledLocale[];
}

/**
 * Builds the {@link StarterIndex} of the given compiled locales.
 *
 * @example
 * starterIndex([compileLocale(en), compileLocale(de)]).at('Februar 2024', 0, 12); // [compiled de]
 */
export function starterIndex(locales: readonly CompiledLocale[]): StarterIndex {
  const root = createTrie();
  const owners = new Map<TrieNode, number[]>();
  locales.forEach((compiled, index) => {
    for (const trie of compiled.starters) merge(root, trie, index, owners);
  });
  // A node's value is its place in `owned` (the indices of the locales whose spelling ends
  // there) and in `sets` (those locales).
  const owned: number[][] = [];
  const sets: CompiledLocale[][] = [];
  for (const [node, indices] of owners) {
    node.value = sets.length;
    owned.push(indices);
    sets.push(indices.map((index) => locales[index]!));
  }
  const marks = new Uint8Array(locales.length);
  const mark = (set: number): void => {
    for (const index of owned[set]!) marks[index] = 1;
  };
  let first = -1;
  let more = false;
  const visit = (hit: { value: number }): void => {
    if (first === -1) first = hit.value;
    else if (hit.value !== first) {
      if (!more) mark(first);
      more = true;
      mark(hit.value);
    }
  };
  return {
    at(text, pos, limit) {
      first = -1;
      more = false;
      eachTrieMatch(root, text, pos, limit, visit);
      if (first === -1) return [];
      if (!more) return sets[first]!;
      const union = locales.filter((_, index) => marks[index] === 1);
      marks.fill(0);
      return union;
    },
  };
}

/** Adds every spelling of `trie` to the tree at `into`, owned by the locale at `index`. */
function merge(into: TrieNode, trie: TrieNode, index: number, owners: Map<TrieNode, number[]>): void {
  if (trie.value !== undefined) {
    const list = owners.get(into);
    if (list === undefined) owners.set(into, [index]);
    else if (list[list.length - 1] !== index) list.push(index);
  }
  for (const [char, child] of trie.next) {
    let target = into.next.get(char);
    if (target === undefined) {
      target = createTrie();
      into.next.set(char, target);
    }
    merge(target, child, index, owners);
  }
}
