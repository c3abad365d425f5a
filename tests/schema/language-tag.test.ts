import { describe, expect, it } from 'vitest';
import { embedRecordSchema, languageTagSchema, toLanguageTag } from '../../src/schema/index.js';
import { extractEmbeds } from '../../src/index.js';

describe('toLanguageTag', () => {
  it.each([
    ['en', 'en'],
    [' pt-BR ', 'pt-BR'],
    ['zh-Hant-TW', 'zh-Hant-TW'],
    ['es-419', 'es-419'],
    ['en_US', 'en-US'],
  ])('keeps the plausible BCP 47 tag %j as %j (trimmed, _ written as -)', (value, tag) => {
    expect(toLanguageTag(value)).toBe(tag);
  });

  it('gives null for absent, empty, whitespace and implausible values', () => {
    for (const value of [undefined, null, '', '   ', '\n', 'English', '{{lang}}', 'e', 'en-', 'en--US', '12']) {
      expect(toLanguageTag(value), JSON.stringify(value)).toBeNull();
    }
  });
});

describe('languageTagSchema', () => {
  it('accepts a tag or null and refuses "" (the record schema uses it)', () => {
    expect(languageTagSchema.parse('en')).toBe('en');
    expect(languageTagSchema.parse(null)).toBeNull();
    expect(languageTagSchema.safeParse('').success).toBe(false);
    expect(embedRecordSchema.shape.lang.safeParse('').success).toBe(false);
  });
});

describe('lang of HTML records', () => {
  const tweet = (lang: string) =>
    `<blockquote class="twitter-tweet"><p lang="${lang}" dir="ltr">The ferry runs again from Monday.</p>&mdash; Harbour Office (@harbouroffice) <a href="https://twitter.com/harbouroffice/status/1755259323123712345">February 7, 2024</a></blockquote>`;

  it('is the tag the markup gives, or null for an empty, blank or implausible one', () => {
    expect(extractEmbeds(tweet('en'))[0]?.lang).toBe('en');
    expect(extractEmbeds(tweet(''))[0]?.lang).toBeNull();
    expect(extractEmbeds(tweet('  '))[0]?.lang).toBeNull();
    expect(extractEmbeds(tweet('English'))[0]?.lang).toBeNull();
    for (const lang of ['en', '', '  ', 'English']) {
      const [record] = extractEmbeds(tweet(lang));
      expect(record).toBeDefined();
      expect(embedRecordSchema.safeParse(record).success).toBe(true);
    }
  });
});
