import { describe, expect, it } from 'vitest';
import { findDashBefore } from '../../src/kit/dashes.js';

const dashOf = (line: string) => {
  const open = line.lastIndexOf('(@');
  const span = findDashBefore(line, 0, open);
  return span === null ? null : line.slice(span.start, span.end);
};

describe('findDashBefore', () => {
  it.each([
    ['need. — Jane Roe (@janeroe)', '—'],
    ['need.— Jane Roe (@janeroe)', '—'],
    ['need.—Jane Roe (@janeroe)', '—'],
    ['need. – Jane Roe (@janeroe)', '–'],
    ['need. - Jane Roe (@janeroe)', '-'],
    ['need. -- Jane Roe (@janeroe)', '--'],
    ['need.\u00a0—\u00a0Jane Roe (@janeroe)', '—'],
    ['need. %u2014 Jane Roe (@janeroe)', '%u2014'],
    ['need. —— Jane Roe (@janeroe)', '——'],
    ['need. — Jean-Luc Roe (@jlroe)', '—'],
  ])('finds the dash in %j', (line, dash) => {
    expect(dashOf(line)).toBe(dash);
  });

  it('ignores hyphens inside words and dashes on earlier lines', () => {
    expect(dashOf('a well-known Jean-Luc (@jl)')).toBeNull();
    expect(dashOf('— earlier line\nJane Roe (@janeroe)')).toBeNull();
  });

  it('looks past line breaks with acrossLines (text from HTML, where they are only spaces)', () => {
    const line = '— Jane\nRoe (@janeroe)';
    expect(findDashBefore(line, 0, line.indexOf('(@'))).toBeNull();
    expect(findDashBefore(line, 0, line.indexOf('(@'), { acrossLines: true })).toEqual({ start: 0, end: 1 });
    const words = 'a well-known\nJean-Luc (@jl)';
    expect(findDashBefore(words, 0, words.indexOf('(@'), { acrossLines: true })).toBeNull();
  });
});
