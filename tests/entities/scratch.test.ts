import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/index.js';
import { Pool, Scratch, zeroedInt32, zeroedUint8 } from '../../src/entities/scratch.js';
import { mediaLinkHosts } from '../../src/links/index.js';

describe('zeroedInt32 / zeroedUint8', () => {
  it('hand out the same buffer per slot, zeroed up to the length asked for', () => {
    const first = zeroedInt32(Scratch.hostMemo, 100);
    first.fill(7, 0, 100);
    const again = zeroedInt32(Scratch.hostMemo, 50);
    expect(again).toBe(first);
    expect([...again.subarray(0, 50)].every((value) => value === 0)).toBe(true);
    expect(zeroedInt32(Scratch.asciiMemo, 50)).not.toBe(first);
  });

  it('grow when a longer table is asked for, and never pool one longer than MAX_POOLED', () => {
    const small = zeroedUint8(10);
    small.fill(1);
    const larger = zeroedUint8(small.length + 1);
    expect(larger.length).toBeGreaterThan(small.length);
    expect([...larger.subarray(0, small.length + 1)].every((value) => value === 0)).toBe(true);
    const huge = zeroedInt32(Scratch.hostRunEnds, Pool.MAX_POOLED + 1);
    expect(huge.length).toBe(Pool.MAX_POOLED + 1);
    expect(zeroedInt32(Scratch.hostRunEnds, Pool.MAX_POOLED + 1)).not.toBe(huge);
  });
});

describe('extractEntities with reused tables', () => {
  const tokens = [
    'http://',
    'https://',
    'pic.twitter.com/',
    't.co/',
    'example.com',
    '.co.uk',
    '_',
    '-',
    '@a',
    '#b',
    '$C',
    'word',
    ' ',
    'é',
    'みんな',
    '/x?y=1',
  ];
  const text = fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((parts) => parts.join(''));

  it('gives a text the same entities whatever was scanned before it', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (a, b, glued) => {
        const fresh = extractEntities(a, { gluedUrls: glued, gluedHosts: mediaLinkHosts });
        extractEntities(b, { gluedUrls: !glued, gluedHosts: mediaLinkHosts });
        extractEntities(`${b}${b}${b}`, { gluedUrls: glued, gluedHosts: mediaLinkHosts });
        expect(extractEntities(a, { gluedUrls: glued, gluedHosts: mediaLinkHosts })).toEqual(fresh);
      }),
      { numRuns: 300 },
    );
  });
});
