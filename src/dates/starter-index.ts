import type { CompiledLocale } from './compile-locale.js';
import { createTrie, matchTrie, type TrieNode } from './trie.js';

/**
 * One prefix tree over the spellings a date can open with at a letter in every given locale
 * (month and weekday names, day periods, layout words: each locale's `starters`), each spelling
 * naming the locales that write it. One walk at a letter tells which locales can read a date
 * there, instead of one walk per locale: called with a text, a position and a limit, it gives the
 * locales (in the order given) of which some starter spelling matches at `pos` with the rules of
 * `matchTrie` (whole spelling, word boundary after it), the only ones that can read a date
 * starting at the letter there.
 *
 * @example
 * const index = starterIndex(locales.map(compileLocale));
 * index('March 19, 2024', 0, 14); // [the compiled en]: no other locale spells `march`
 */
export type StarterIndex = (text: string, pos: number, limit: number) => readonly CompiledLocale[];

/**
 * Builds the {@link StarterIndex} of the given compiled locales.
 *
 * @example
 * starterIndex([compileLocale(en), compileLocale(de)])('Februar 2024', 0, 12); // [compiled de]
 */
export function starterIndex(locales: readonly CompiledLocale[]): StarterIndex {
  const root = createTrie();
  const owners = new Map<TrieNode, CompiledLocale[]>();
  for (const compiled of locales) for (const trie of compiled.starters) merge(root, trie, compiled, owners);
  // A node's value is its place in `sets`: the locales whose spelling ends there, in the order given.
  const sets: CompiledLocale[][] = [];
  for (const [node, owning] of owners) node.value = sets.push(owning) - 1;
  let found: number[] = [];
  const visit = (hit: { value: number }): void => {
    found.push(hit.value);
  };
  return (text, pos, limit) => {
    found = [];
    matchTrie(root, text, pos, limit, visit);
    if (found.length < 2) return found.length === 0 ? [] : sets[found[0]!]!;
    const hits = found;
    return locales.filter((compiled) => hits.some((set) => sets[set]!.includes(compiled)));
  };
}

/** Adds every spelling of `trie` to the tree at `into`, owned by `compiled`. */
function merge(into: TrieNode, trie: TrieNode, compiled: CompiledLocale, owners: Map<TrieNode, CompiledLocale[]>): void {
  if (trie.value !== undefined) {
    const list = owners.get(into);
    if (list === undefined) owners.set(into, [compiled]);
    else if (list[list.length - 1] !== compiled) list.push(compiled);
  }
  for (const [char, child] of trie.next) {
    let target = into.next.get(char);
    if (target === undefined) {
      target = createTrie();
      into.next.set(char, target);
    }
    merge(target, child, compiled, owners);
  }
}
