import { describe, expect, it } from 'vitest';
import { spellings } from '../../src/dates/spellings.js';

describe('spellings', () => {
  it('splits entries at `|` and spellings at `,`', () => {
    expect(spellings('Ocak,Oca|Şubat,Şub')).toEqual([
      ['Ocak', 'Oca'],
      ['Şubat', 'Şub'],
    ]);
  });

  it('reads `Jan(uary)` as the full name, then its dotted abbreviation', () => {
    expect(spellings('Jan(uary)|May|Sept(ember),Sep.')).toEqual([['January', 'Jan.'], ['May'], ['September', 'Sept.', 'Sep.']]);
    expect(spellings('févr(ier),fév.')).toEqual([['février', 'févr.', 'fév.']]);
  });

  it('keeps a spelling with a parenthesis that does not close it as written', () => {
    expect(spellings('a(b|c')).toEqual([['a(b'], ['c']]);
  });
});
