import { describe, expect, it } from 'vitest';
import { createScanContext } from '../../src/entities/scan-context.js';
import { AsciiHostScanner, HostMatcher } from '../../src/entities/url-host.js';

describe('HostMatcher', () => {
  it('ends a host at its TLD, preferring more subdomains', () => {
    const hosts = new HostMatcher(createScanContext('http://www.foo.co.uk/x', false));
    expect(hosts.endFrom(7)).toBe(20);
  });

  it('allows `_` in subdomains only, and no label edge on `-` or `_`', () => {
    const text = 'a_b.example.com x_y.com -a.com a-.com';
    const hosts = new HostMatcher(createScanContext(text, false));
    expect(hosts.endFrom(0)).toBe(15);
    expect(hosts.endFrom(text.indexOf('x_y'))).toBe(-1);
    expect(hosts.endFrom(text.indexOf('-a'))).toBe(-1);
    expect(hosts.endFrom(text.indexOf('a-.'))).toBe(-1);
    // Memoised runs give the same answers asked again, from inside a run too.
    expect(hosts.endFrom(2)).toBe(15);
    expect(hosts.endFrom(0)).toBe(15);
  });

  it('stops a label at a glued link start', () => {
    const text = 'go.example.comhttps://t.co/x';
    expect(new HostMatcher(createScanContext(text, true)).endFrom(0)).toBe(14);
  });
});

describe('AsciiHostScanner', () => {
  it('finds the ASCII hosts inside one span', () => {
    const ascii = new AsciiHostScanner(createScanContext('example.comてすとtwitter.みんな', false));
    expect(ascii.find(0, 25)).toEqual([
      [0, 11],
      [14, 25],
    ]);
  });

  it('reads no label past the end of the span', () => {
    const text = 'abc.com.au';
    expect(new AsciiHostScanner(createScanContext(text, false)).find(0, 7)).toEqual([[0, 7]]);
    expect(new AsciiHostScanner(createScanContext(text, false)).find(0, text.length)).toEqual([[0, 10]]);
  });
});
