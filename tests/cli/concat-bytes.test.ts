import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../src/cli/concat-bytes.js';

describe('concatBytes', () => {
  it('joins the parts in order into one array of the given length', () => {
    const parts = [Buffer.from('{"id":1,'), new Uint8Array(0), Buffer.from('"text":"Fähre"}')];
    const total = parts.reduce((sum, part) => sum + part.length, 0);
    const whole = concatBytes(parts, total);
    expect(whole).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(whole).toString('utf8')).toBe('{"id":1,"text":"Fähre"}');
  });

  it('gives an empty array for no parts', () => {
    expect(concatBytes([], 0)).toEqual(new Uint8Array(0));
  });
});
