import { describe, expect, it } from 'vitest';
import { charsetParameter } from '../../src/encoding/index.js';

describe('charsetParameter', () => {
  it('reads the charset of a Content-Type, quoted or not, in any case', () => {
    expect(charsetParameter('text/html; charset=windows-1252')).toBe('windows-1252');
    expect(charsetParameter('text/html;Charset="Shift_JIS"')).toBe('Shift_JIS');
    expect(charsetParameter('text/html; q=1; CHARSET = utf-8 ; x=y')).toBe('utf-8');
  });

  it('is null without one', () => {
    expect(charsetParameter('text/html')).toBeNull();
    expect(charsetParameter('text/html; charset=')).toBeNull();
    expect(charsetParameter('')).toBeNull();
  });
});
