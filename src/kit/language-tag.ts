/**
 * The language-tag rule of a record's `lang`, without zod: the parse path reads `lang` attributes
 * through {@link toLanguageTag} and must not load the schemas to do so (`src/schema/language-tag.ts` builds
 * the schema from the same pattern).
 */

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
