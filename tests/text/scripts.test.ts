import { describe, expect, it } from 'vitest';
import { dominantScript } from '../../src/text/scripts.js';

const of = (text: string) => dominantScript(text, 0, text.length);

describe('dominantScript', () => {
  it('names the script most letters are written in', () => {
    expect(of('Guys, today is the 21st day')).toBe('latin');
    expect(of('Σήμερα είναι μια χαρμόσυνη ημέρα')).toBe('greek');
    expect(of('Сегодня хороший день')).toBe('cyrillic');
    expect(of('שלום לכולם')).toBe('hebrew');
    expect(of('صباح الخير')).toBe('arabic');
    expect(of('आज अच्छा दिन है')).toBe('indic');
    expect(of('วันนี้อากาศดี')).toBe('thai');
    expect(of('今日はいい天気ですね')).toBe('cjk');
    expect(of('오늘 날씨가 좋네요')).toBe('hangul');
    expect(of('Ünlü şarkıcı İstanbul’da')).toBe('latin');
  });

  it('leaves out links and @handles, which are Latin in every language', () => {
    expect(of('Καλημέρα @a_very_long_latin_handle https://t.co/AbCdEfGhIj pic.twitter.com/XyZ987abcd')).toBe('greek');
  });

  it('gives null when there is no letter of a known script', () => {
    expect(of('12:30 — 🇦🇷🏆 !!! ×÷')).toBeNull();
    expect(of('')).toBeNull();
  });

  it('reads only the range asked for', () => {
    expect(dominantScript('abc Σήμερα', 4, 10)).toBe('greek');
  });
});
