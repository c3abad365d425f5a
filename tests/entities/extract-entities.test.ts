/**
 * Properties of extractEntities on arbitrary text, in both modes: indices slice the entities out,
 * lists are in text order, kinds never overlap, and glued mode never keeps an ellipsis in a URL.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities, type Entities } from '../../src/entities/index.js';
import { mediaLinkHosts } from '../../src/links/index.js';

const pieces = [
  '@',
  '＠',
  '#',
  '＃',
  '$',
  'http://',
  'https://',
  't.co/',
  'pic.twitter.com/',
  '.com',
  '.jp',
  '.みんな',
  'a',
  'Z',
  'rt',
  '1',
  '_',
  '-',
  '.',
  '/',
  '?',
  '=',
  '&',
  '(',
  ')',
  ':',
  ',',
  '!',
  ' ',
  '\n',
  '日',
  'é',
  'ب',
  '😀',
  '…',
  '\u200d',
  '\ufe0f',
  '\u202a',
  'xn--',
  'abc',
  'www.',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(''));

const sigils: Record<keyof Entities, RegExp> = { mentions: /^[@＠]/, hashtags: /^[#＃]/, cashtags: /^\$/, urls: /^/ };

describe('extractEntities properties', () => {
  for (const gluedUrls of [false, true]) {
    it(`indices, order and overlap${gluedUrls ? ' with gluedUrls' : ''}`, () => {
      fc.assert(
        fc.property(text, (t) => {
          const entities = extractEntities(t, { gluedUrls, gluedHosts: mediaLinkHosts });
          const all = [];
          for (const kind of Object.keys(sigils) as Array<keyof Entities>) {
            let previousStart = -1;
            for (const e of entities[kind]) {
              expect(e.start).toBeGreaterThan(previousStart);
              previousStart = e.start;
              expect(e.end).toBeGreaterThan(e.start);
              expect(t.slice(e.start, e.end)).toMatch(sigils[kind]);
              expect(t.slice(e.start, e.end).replace(sigils[kind], '')).toBe(e.value);
              if (gluedUrls && kind === 'urls') expect(e.value).not.toContain('…');
              all.push(e);
            }
          }
          all.sort((a, b) => a.start - b.start);
          for (let i = 1; i < all.length; i++) expect(all[i]!.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
        }),
        { numRuns: 3000 },
      );
    });
  }

  it('returns empty lists for empty text', () => {
    expect(extractEntities('')).toEqual({ mentions: [], hashtags: [], cashtags: [], urls: [] });
  });
});
