import { z } from 'zod';
import { languageTagPattern } from '../kit/index.js';

export { languageTagPattern, toLanguageTag } from '../kit/index.js';

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
  .meta({
    description: 'The language of the post, a BCP 47 tag such as "en" or "pt-BR", when the input says it; null otherwise, never "".',
    examples: ['en', 'pt-BR'],
  });
