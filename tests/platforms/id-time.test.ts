import { describe, expect, it } from 'vitest';
import { decimalIdTime, type IdTimeLayout } from '../../src/platforms/id-time.js';

const millis: IdTimeLayout = { shift: 16n, unitMs: 1, bits: 63n, firstTime: Date.UTC(2016, 2, 16) };
const seconds: IdTimeLayout = { shift: 32n, unitMs: 1000, bits: 64n, firstTime: Date.UTC(2016, 0, 1) };
const idAt = (time: number, layout: IdTimeLayout, low = 12345n) => ((BigInt(time / layout.unitMs) << layout.shift) + low).toString();

describe('decimalIdTime', () => {
  it('reads the time bits above the shift, in the layout unit', () => {
    const time = Date.UTC(2024, 2, 5, 14, 30, 7, 250);
    expect(decimalIdTime(idAt(time, millis), millis)).toBe(time);
    const whole = Date.UTC(2024, 2, 5, 14, 30, 7);
    expect(decimalIdTime(idAt(whole, seconds, 99n), seconds)).toBe(whole);
  });

  it('gives null for a time before the first or after 2099, and for ids too wide', () => {
    expect(decimalIdTime(idAt(Date.UTC(2010, 0, 1), millis), millis)).toBeNull();
    expect(decimalIdTime(idAt(Date.UTC(2101, 0, 1), millis), millis)).toBeNull();
    expect(decimalIdTime((1n << 63n).toString(), millis)).toBeNull();
  });

  it('gives null for what is not a decimal id', () => {
    for (const id of ['', '12a', '-5', ' 123', '123456789012345678901', 'C3abcDEFghi']) expect(decimalIdTime(id, millis)).toBeNull();
  });
});
