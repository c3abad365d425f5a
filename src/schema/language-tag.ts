import { z } from 'zod';

/**
 * A plausible BCP 47 language tag: a 2–3 letter primary language, then subtags of 2–8 letters or
 * digits (`en`, `pt-BR`, `zh-Hant-TW`, `es-419`). Not a full RFC 5646 validator; it keeps out
 * what pages put in `lang` by mistake (`""`, `"  "`, `"English"`, `"{{lang}}"`).
 *
 * @example
 * languageTagPattern.test('pt-BR'); // true
 * languageTagPattern.test('English'); // false
 */
export const languageTagPattern = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * A record's `lang`: a plausible BCP 47 tag ({@link languageTagPattern}), or null; never `""`.
 *
 * @example
 * languageTagSchema.parse('en'); // 'en'
 * languageTagSchema.safeParse('').success; // false
 */
export const languageTagSchema = z
  .string()
  .regex(languageTagPattern)
  .nullable()
  .meta({ description: 'The language of the post, a BCP 47 tag such as "en" or "pt-BR", when the input says it; null otherwise, never "".', examples: ['en', 'pt-BR'] });

/**
 * Reads a `lang` / `data-lang` attribute as a record's `lang`: trimmed, `_` written as `-`
 * (`en_US`, as Facebook's locales write it, gives `en-US`); null when it is absent, empty,
 * whitespace or not a plausible BCP 47 tag.
 *
 * @example
 * toLanguageTag(' en '); // 'en'
 * toLanguageTag('en_US'); // 'en-US'
 * toLanguageTag(''); // null
 * toLanguageTag('English'); // null
 */
export function toLanguageTag(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const tag = value.trim().replace(/_/g, '-');
  return tag.length <= 35 && languageTagPattern.test(tag) ? tag : null;
}
