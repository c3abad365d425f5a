import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALL_CLDR_KINDS, cldrSpellings, noSpellings } from '../../src/dates/cldr-spellings.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cldrSpellings', () => {
  it('reads long and short month names, alone and in a date (the genitive)', () => {
    expect(cldrSpellings('fr', 'L')?.months[1]).toEqual(['février']);
    expect(cldrSpellings('fr', 'S')?.months[1]).toEqual(['févr.']);
    expect(cldrSpellings('ru', 'L')?.months[0]).toEqual(['январь']);
    expect(cldrSpellings('ru', 'G')?.months[0]).toEqual(['января']);
    // Greek gives the genitive alone; with a year, the nominative.
    expect(cldrSpellings('el', 'L')?.months[4]).toEqual(['Μαΐου']);
    expect(cldrSpellings('el', 'Y')?.months[4]).toEqual(['Μάιος']);
  });

  it('adds a dot to an abbreviation only in the dotted kinds, and never to a whole name', () => {
    expect(cldrSpellings('en', 'S')?.months[0]).toEqual(['Jan']);
    expect(cldrSpellings('en', 's')?.months[0]).toEqual(['Jan.']);
    expect(cldrSpellings('en', 's')?.months[4]).toEqual([]);
    expect(cldrSpellings('en', 'v')?.weekdays[0]).toEqual(['Sun.']);
  });

  it('reads weekdays Sunday first', () => {
    expect(cldrSpellings('de', 'W')?.weekdays).toEqual([
      ['Sonntag'],
      ['Montag'],
      ['Dienstag'],
      ['Mittwoch'],
      ['Donnerstag'],
      ['Freitag'],
      ['Samstag'],
    ]);
  });

  it('uses the Gregorian calendar where the language defaults to another (Persian, Thai)', () => {
    expect(cldrSpellings('fa', 'L')?.months[4]).toEqual(['مه']);
    expect(cldrSpellings('th', 'L')?.months[4]).toEqual(['พฤษภาคม']);
  });

  it('leaves out spellings without a letter (numeric short months)', () => {
    // Finnish writes a short month in a date as a number: `15.5.`
    expect(cldrSpellings('fi', 'H')?.months).toEqual(Array.from({ length: 12 }, () => []));
  });

  it('gives every kind by default, each spelling once per entry', () => {
    const all = cldrSpellings('en', ALL_CLDR_KINDS);
    expect(ALL_CLDR_KINDS).toContain('L');
    expect(all?.months[0]).toEqual(['January', 'Jan', 'Jan.']);
    expect(all?.weekdays[2]).toEqual(['Tuesday', 'Tue', 'Tue.']);
  });

  it('adds to the lists it is given, each spelling once per entry', () => {
    const into = noSpellings();
    into.months[0]!.push('Jan');
    expect(cldrSpellings('en', 'LS', into)).toBe(into);
    expect(cldrSpellings('de', 'L', into)?.months[0]).toEqual(['Jan', 'January', 'Januar']);
    expect(into.weekdays).toEqual(Array.from({ length: 7 }, () => []));
  });

  it('returns null where the runtime has no data or Intl fails, and never throws', () => {
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockReturnValueOnce([]);
    expect(cldrSpellings('fr', 'L')).toBeNull();
    vi.spyOn(Intl.DateTimeFormat, 'supportedLocalesOf').mockImplementationOnce(() => {
      throw new RangeError('Incorrect locale information provided');
    });
    expect(cldrSpellings('fr', 'L')).toBeNull();
    expect(cldrSpellings('not a tag!', 'L')).toBeNull();
  });

  it('returns null on an engine without Intl', () => {
    vi.stubGlobal('Intl', undefined);
    try {
      expect(cldrSpellings('fr', 'L')).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(cldrSpellings('fr', 'L')?.months[1]).toEqual(['février']);
  });
});
