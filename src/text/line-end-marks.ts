/**
 * The marks a line or a sentence ends with, shared by the body rules (post-bodies, set-off quotes,
 * blank-line blocks, glued bodies) and the boundary model's features: colons, full stops in every
 * script, `!` and `?`, and the closing quotes a sentence may end inside.
 */

/**
 * Whether `code` is a colon, `:` or the full-width `：`: what an article's lead-in or a list's
 * heading ends with.
 *
 * @example
 * isColon(0xff1a); // true ('：')
 */
export function isColon(code: number): boolean {
  return code === 0x3a || code === 0xff1a;
}

/**
 * Whether `text[start, end)` ends with `:` (or `：`): an article's lead-in, or a list's heading.
 *
 * @example
 * endsWithColon('He wrote:', 0, 9); // true
 */
export function endsWithColon(text: string, start: number, end: number): boolean {
  return end > start && isColon(text.charCodeAt(end - 1));
}

/**
 * Whether `code` is a full stop in any script: Latin `.`, CJK `。` and `．`, Devanagari `।` and `॥`,
 * Urdu `۔`, Armenian `։`, Ethiopic `።`, Myanmar `။`, Tibetan `།`.
 *
 * @example
 * isFullStop(0x3002); // true ('。')
 */
export function isFullStop(code: number): boolean {
  return FULL_STOPS.has(code);
}

/**
 * Whether `code` is `!` or `?`, or their full-width forms `！` and `？`.
 *
 * @example
 * isExclaimOrQuestion(0x3f); // true ('?')
 */
export function isExclaimOrQuestion(code: number): boolean {
  return code === 0x21 || code === 0x3f || code === 0xff01 || code === 0xff1f;
}

/**
 * Whether `code` ends a sentence: a full stop in any script, `!` or `?`.
 *
 * @example
 * endsSentence(0x2e); // true
 */
export function endsSentence(code: number): boolean {
  return isFullStop(code) || isExclaimOrQuestion(code);
}

/** The full stops of {@link isFullStop}. */
const FULL_STOPS = new Set([0x2e, 0x3002, 0xff0e, 0x0964, 0x0965, 0x06d4, 0x0589, 0x1362, 0x104b, 0x0f0d]);

/**
 * Closing quotes and brackets a sentence may end inside (`„Sie!“`, `(soon.)`, `「…。」`).
 *
 * @example
 * CLOSERS.has(0x201d); // true: `”`
 */
export const CLOSERS = new Set([0x22, 0x27, 0x29, 0x5d, 0xbb, 0x2019, 0x201c, 0x201d, 0x300d, 0x300f, 0xff09]);
