import { describe, expect, it } from 'vitest';
import { createScanContext } from '../../src/entities/scan-context.js';
import { asciiHostScanner, hostMatcher } from '../../src/entities/url-host.js';

describe('hostMatcher', () => {
  it('ends a host at its TLD, preferring more subdomains', () => {
    const hosts = hostMatcher(createScanContext('http://www.foo.co.uk/x', false));
    expect(hosts(7)).toBe(20);
  });

  it('allows `_` in subdomains only, and no label edge on `-` or `_`', () => {
    const text = 'a_b.example.com x_y.com -a.com a-.com';
    const hosts = hostMatcher(createScanContext(text, false));
    expect(hosts(0)).toBe(15);
    expect(hosts(text.indexOf('x_y'))).toBe(-1);
    expect(hosts(text.indexOf('-a'))).toBe(-1);
    expect(hosts(text.indexOf('a-.'))).toBe(-1);
    // Memoised runs give the same answers asked again, from inside a run too.
    expect(hosts(2)).toBe(15);
    expect(hosts(0)).toBe(15);
  });

  it('stops a label at a glued link start', () => {
    const text = 'go.example.comhttps://t.co/x';
    expect(hostMatcher(createScanContext(text, true))(0)).toBe(14);
  });
});

describe('asciiHostScanner', () => {
  it('finds the ASCII hosts inside one span', () => {
    const ascii = asciiHostScanner(createScanContext('example.comてすとtwitter.みんな', false));
    expect(ascii(0, 25)).toEqual([
      [0, 11],
      [14, 25],
    ]);
  });

  it('reads no label past the end of the span', () => {
    const text = 'abc.com.au';
    expect(asciiHostScanner(createScanContext(text, false))(0, 7)).toEqual([[0, 7]]);
    expect(asciiHostScanner(createScanContext(text, false))(0, text.length)).toEqual([[0, 10]]);
  });
});
