import { describe, expect, it } from 'vitest';
import { asciiLabelLength, fromPunycode } from '../../src/entities/punycode.js';
import { createScanContext } from '../../src/entities/scan-context.js';
import { matchTld } from '../../src/entities/tld-lookup.js';

describe('fromPunycode', () => {
  it('decodes as RFC 3492 does (input without xn--)', () => {
    expect(fromPunycode('q9jyb4c')).toBe('みんな');
    expect(fromPunycode('bcher-kva')).toBe('bücher');
    expect(fromPunycode('vermgensberater-ctb')).toBe('vermögensberater');
    // RFC 3492 section 7.1 sample (B): Chinese (simplified).
    expect(fromPunycode('ihqwcrb4cv8a8dqg056pqjye')).toBe('他们为什么不说中文');
    // Astral code points.
    expect(fromPunycode('a-jv3s')).toBe('a\u{1f600}');
  });

  it('inverts the encoding asciiLabelLength measures', () => {
    for (const [label, encoded] of [
      ['みんな', 'q9jyb4c'],
      ['ドメイン名例', 'eckwd4c7cu47r2wf'],
      ['a\u{1f600}b', 'ab-no82a'],
    ] as const) {
      expect(fromPunycode(encoded)).toBe(label);
      expect(asciiLabelLength(label)).toBe(4 + encoded.length);
    }
  });
});

describe('matchTld', () => {
  const match = (text: string, start: number): number => matchTld(createScanContext(text, false), start, text.length);

  it('matches internationalised TLDs (stored as Punycode) in any case', () => {
    expect(match('twitter.みんなです', 8)).toBe(11);
    expect(match('example.ΕΛ', 8)).toBe(10);
    expect(match('example.VERMÖGENSBERATUNG', 8)).toBe(25);
    expect(match('example.みん', 8)).toBe(-1);
  });

  it('matches ASCII TLDs longest first, and a TLD written with letters that lower-case to ASCII', () => {
    expect(match('example.community', 8)).toBe(17);
    expect(match('example.\u212aim', 8)).toBe(11); // KELVIN SIGN + 'im' lower-cases to 'kim'
    expect(match('example.com-x', 8)).toBe(-1);
  });

  it('takes xn-- and a run of letters, digits and hyphens as a Punycode TLD', () => {
    expect(match('example.xn--q9jyb4c', 8)).toBe(19);
    expect(match('example.xn--zzz9', 8)).toBe(16);
  });
});
