import { describe, expect, it } from 'vitest';
import { matchTrie, trieOf, type TrieHit } from '../../src/dates/trie.js';

describe('matchTrie', () => {
  it('takes the longest spelling that ends at a word boundary, folded', () => {
    expect(matchTrie(trieOf(['feb', 'february']), 'February 7', 0, 10)).toEqual({ end: 8, value: 1 });
    expect(matchTrie(trieOf(['févr.']), 'FEVR 7', 0, 6)).toEqual({ end: 4, value: 0 });
    expect(matchTrie(trieOf(['mar']), 'March', 0, 5)).toBeNull();
  });
});

describe('matchTrie with a visitor', () => {
  it('visits every spelling that ends at a word boundary on the way, shortest first', () => {
    const hits: TrieHit[] = [];
    matchTrie(trieOf(['a las', 'a', 'a la']), 'a las 3', 0, 7, (hit) => hits.push({ ...hit }));
    expect(hits).toEqual([
      { end: 1, value: 1 },
      { end: 5, value: 0 },
    ]);
  });

  it('visits nothing where no spelling ends at a boundary', () => {
    const hits: TrieHit[] = [];
    matchTrie(trieOf(['mar', 'mars']), 'Marseille', 0, 9, (hit) => hits.push(hit));
    expect(hits).toEqual([]);
  });
});
