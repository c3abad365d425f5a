import { describe, expect, it } from 'vitest';
import { dominantScript, Script } from '../../src/text/scripts.js';

const of = (text: string) => dominantScript(text, 0, text.length);

describe('dominantScript', () => {
  it('tells the script most letters are written in', () => {
    expect(of('Guys, today is the 21st day')).toBe(Script.Latin);
    expect(of('Σήμερα είναι μια χαρμόσυνη ημέρα')).toBe(Script.Greek);
    expect(of('Сегодня хороший день')).toBe(Script.Cyrillic);
    expect(of('שלום לכולם')).toBe(Script.Hebrew);
    expect(of('صباح الخير')).toBe(Script.Arabic);
    expect(of('आज अच्छा दिन है')).toBe(Script.Indic);
    expect(of('วันนี้อากาศดี')).toBe(Script.Thai);
    expect(of('今日はいい天気ですね')).toBe(Script.Cjk);
    expect(of('오늘 날씨가 좋네요')).toBe(Script.Hangul);
    expect(of('Ünlü şarkıcı İstanbul’da')).toBe(Script.Latin);
  });

  it('leaves out links and @handles, which are Latin in every language', () => {
    expect(of('Καλημέρα @a_very_long_latin_handle https://t.co/AbCdEfGhIj pic.twitter.com/XyZ987abcd')).toBe(Script.Greek);
  });

  it('gives null when there is no letter of a known script', () => {
    expect(of('12:30 — 🇦🇷🏆 !!! ×÷')).toBeNull();
    expect(of('')).toBeNull();
  });

  it('reads only the range asked for', () => {
    expect(dominantScript('abc Σήμερα', 4, 10)).toBe(Script.Greek);
  });
});
