/**
 * `@mention` and `@user/list` scanning with twitter-text's rules, in one pass over the `@` signs.
 */
import { blocksMention, blocksRetweetPrefix, isAsciiLetter, isLatinAccent, isListSlugChar, isScreenNameChar } from './characters.js';
import { EntityKind, isGluedStart, type FoundEntity, type ScanContext } from './scan-context.js';
import { sigilCursor } from './sigil-cursor.js';

/** Code units and length limits (an enum, so that bundlers write the numbers in place). */
enum Mention {
  AT = 0x40,
  FULLWIDTH_AT = 0xff20,
  MAX_SCREEN_NAME = 20,
  MAX_LIST_SLUG = 25,
}

function isAtSign(code: number): boolean {
  return code === Mention.AT || code === Mention.FULLWIDTH_AT;
}

/**
 * Whether an `@` at `at` has a valid left context that starts at or after `consumed` (the end of
 * the previous match, which twitter-text's global regex cannot reuse): the start of the text, a
 * character outside `[a-zA-Z0-9_!#$%&*@＠]`, or a retweet prefix `RT`/`RT:` (any case) that is
 * itself at the start or after a character outside `[a-zA-Z0-9_+~.-]`.
 */
function hasMentionContext(text: string, at: number, consumed: number): boolean {
  if (at === 0) return true;
  const prev = text.charCodeAt(at - 1);
  if (at - 1 >= consumed && !blocksMention(prev)) return true;
  const rtEnd = prev === 0x3a ? at - 1 : at;
  const rtStart = rtEnd - 2;
  if (rtStart < consumed) return false;
  const r = text.charCodeAt(rtStart) | 0x20;
  const t = text.charCodeAt(rtStart + 1) | 0x20;
  if (r !== 0x72 || t !== 0x74) return false;
  if (rtStart === 0) return true;
  return rtStart - 1 >= consumed && !blocksRetweetPrefix(text.charCodeAt(rtStart - 1));
}

/** Whether what follows a mention disqualifies it: another `@`, a latin accent, or `://`. */
function endsBadly(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const code = text.charCodeAt(end);
  return isAtSign(code) || isLatinAccent(code) || text.startsWith('://', end);
}

/**
 * Finds `@screen_name` mentions (1–20 of `[a-zA-Z0-9_]`) and `@screen_name/list-slug` list
 * references, as twitter-text's `extractMentionsOrListsWithIndices` does: a longer name is cut at
 * 20 characters, and a match followed by `@`, a latin accent or `://` is dropped (e-mail
 * addresses, `@http://`). In glued mode a name also ends where a glued link starts.
 *
 * @example
 * scanMentions(createScanContext('RT @jack: see @user/list', false));
 * // [{ kind: EntityKind.mention, value: 'jack', start: 3, end: 8 },
 * //  { kind: EntityKind.list, value: 'user', start: 14, end: 24 }]
 */
export function scanMentions(ctx: ScanContext): FoundEntity[] {
  const { text } = ctx;
  const n = text.length;
  const found: FoundEntity[] = [];
  let consumed = 0;
  const nextSign = sigilCursor(text, '@', '\uff20');
  for (let at = nextSign(0); at >= 0; at = nextSign(at + 1)) {
    if (at < consumed) continue;
    if (!hasMentionContext(text, at, consumed)) continue;
    const nameLimit = Math.min(n, at + 1 + Mention.MAX_SCREEN_NAME);
    let nameEnd = at + 1;
    while (nameEnd < nameLimit && isScreenNameChar(text.charCodeAt(nameEnd)) && !isGluedStart(ctx, nameEnd)) {
      nameEnd++;
    }
    if (nameEnd === at + 1) continue;
    let end = nameEnd;
    let kind = EntityKind.mention;
    if (
      text.charCodeAt(nameEnd) === 0x2f &&
      nameEnd + 1 < n &&
      isAsciiLetter(text.charCodeAt(nameEnd + 1)) &&
      !isGluedStart(ctx, nameEnd + 1)
    ) {
      const slugLimit = Math.min(n, nameEnd + 1 + Mention.MAX_LIST_SLUG);
      end = nameEnd + 2;
      while (end < slugLimit && isListSlugChar(text.charCodeAt(end)) && !isGluedStart(ctx, end)) end++;
      kind = EntityKind.list;
    }
    consumed = end;
    if (endsBadly(text, end)) continue;
    found.push({ kind, value: text.slice(at + 1, nameEnd), start: at, end });
  }
  return found;
}
