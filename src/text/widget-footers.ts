import { isInlineSpace, opensLine } from '../kit/index.js';
import { formSignature } from './form-signature.js';
import { AnchorKind, type PhraseAnchor } from './phrase-anchors.js';
import type { Signature } from './signature-scanner.js';

/** The handle line's opening. */
const POST_BY = 'Post by @';
/** How far before the footer `Post by @handle` may start (a Mastodon handle holds its instance). */
const MAX_HANDLE_LINE = 300;

/**
 * Finds the footers of widgets that carry no post text: Threads' and Mastodon's embeds flatten to
 * `Post by @handle View on Threads` (the handle line is optional, the two parts may be glued or
 * on two lines). They are read at the `footer` anchors {@link findPhraseAnchors} found, whose
 * phrase (a platform's `text.footer.phrase`) tells the platform; the handle is kept only when
 * that platform accepts it. The widget's text opens its line or is glued to what stands before
 * it; in a sentence (`… or View on Mastodon.`) it is prose. Each is given as a `footer` signature
 * spanning both parts; it has no text, name or date.
 *
 * Linear: the look back for the handle line is bounded and never reaches the previous footer.
 *
 * @example
 * const text = 'Post by @maya.lind\nView on Threads';
 * findWidgetFooters(text, findPhraseAnchors(text))[0]?.handle; // 'maya.lind'
 */
export function findWidgetFooters(text: string, anchors: readonly PhraseAnchor[]): Signature[] {
  const found: Signature[] = [];
  let floor = 0;
  for (const { kind, platform, start: at, end } of anchors) {
    // A footer anchor stands where the platform's name ends (`View on Threadsville` is none): findPhraseAnchors checked it.
    if (kind !== AnchorKind.Footer || at < floor) continue;
    // Looked for in a bounded window only: lastIndexOf on the whole text would rescan it each time.
    const from = Math.max(floor, at - MAX_HANDLE_LINE);
    const inWindow = text.slice(from, at).lastIndexOf(POST_BY);
    const handleLine = inWindow < 0 ? -1 : from + inWindow;
    let start = at;
    let handle: string | null = null;
    if (handleLine >= 0) {
      const candidate = text.slice(handleLine + POST_BY.length, at).trim();
      if (platform.text?.footer?.isHandle(candidate) === true) {
        handle = candidate;
        start = handleLine;
      }
    }
    // The widget's text opens its line or is glued to what precedes it; after a space, in a
    // sentence (`Or View on Mastodon.`), it is prose.
    if (isInlineSpace(text.charCodeAt(start - 1)) && !opensLine(text, start)) continue;
    found.push(formSignature(text, platform, 'footer', start, end, null, handle, null, null));
    floor = end;
  }
  return found;
}
