import { describe, expect, it } from 'vitest';
import { sharedByFinder } from '../../src/text/shared-by.js';

/** The span the finder gives for the candidate at the first `(@` of `text`, as text. */
function phraseBefore(text: string, floor = 0): string | null {
  const open = text.indexOf('(@');
  const span = sharedByFinder(text)(floor, open);
  return span === null ? null : text.slice(span.start, span.end);
}

describe('sharedByFinder', () => {
  it('finds the phrase before a handle, in any case and registered language', () => {
    expect(phraseBefore('Sunset over the bay A post shared by Jane Roe (@janeroe) on May 1, 2024')).toBe('A post shared by');
    expect(phraseBefore('Ein Beitrag geteilt von Max (@max)')).toBe('Ein Beitrag geteilt von');
    expect(phraseBefore('Публикация от Анна (@anna)')).toBe('Публикация от');
    expect(phraseBefore('— Jane Roe (@janeroe) May 1, 2024')).toBeNull();
  });

  it('takes the last phrase on the line when several stand there', () => {
    const text = 'a video shared by the team, then A photo posted by Jane (@jane)';
    expect(sharedByFinder(text)(0, text.indexOf('(@'))).toEqual({ start: 33, end: 50 });
  });

  it('looks neither above the line nor below the floor', () => {
    expect(phraseBefore('A post shared by\nJane (@jane)')).toBeNull();
    const text = 'A post shared by Jane (@jane)';
    expect(sharedByFinder(text)(5, text.indexOf('(@'))).toBeNull();
  });

  it('keeps offsets where a character lowercases to another length', () => {
    // `İ` lowercases to two code units; the window keeps it as written, so the offsets stay right.
    const text = 'İİ a post shared by Jane (@jane)';
    expect(sharedByFinder(text)(0, text.indexOf('(@'))).toEqual({ start: 3, end: 19 });
  });
});
