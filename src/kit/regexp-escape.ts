/**
 * A string as the source of a regular expression that matches it literally: every character with
 * a meaning in a pattern is escaped.
 *
 * @example
 * new RegExp(escapeRegExp('pic.twitter.com/')).test('picXtwitter.com/'); // false
 * escapeRegExp('a.b*c'); // 'a\\.b\\*c'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
