import { isLineBreak, trimEnd, trimStart } from '../kit/index.js';
import { formSignature } from './form-signature.js';
import { AnchorKind, type PhraseAnchor } from './phrase-anchors.js';
import type { Signature } from './signature-scanner.js';

/** The longest line read around an anchor, each way: a flattened widget line is short. */
const MAX_LINE = 600;

/**
 * Finds embeds flattened to one line that carries their text, such as TikTok's `@user caption
 * #tag ♬ sound name`, at the `line` anchors {@link findPhraseAnchors} found: the anchor's line is
 * read by its platform's `text.lineForm.read`. Each is given as a `line` signature spanning the
 * line, with the handle and the text the reader found; no name or date.
 *
 * Linear: each line is read at most once, and no further than {@link MAX_LINE} characters from
 * its anchor; an anchor inside a line already read is skipped.
 *
 * @example
 * const text = 'Intro.\n@lena.park Sunrise #travel ♬ original sound - Lena\nMore.';
 * findLineForms(text, findPhraseAnchors(text))[0]?.text; // 'Sunrise #travel'
 */
export function findLineForms(text: string, anchors: readonly PhraseAnchor[]): Signature[] {
  const found: Signature[] = [];
  let readTo = 0;
  for (const { kind, platform, start: at } of anchors) {
    const form = platform.text?.lineForm;
    if (kind !== AnchorKind.Line || form === undefined || at < readTo) continue;
    let lineStart = at;
    const floor = Math.max(readTo, at - MAX_LINE);
    while (lineStart > floor && !isLineBreak(text.charCodeAt(lineStart - 1))) lineStart--;
    let lineEnd = at;
    const limit = Math.min(text.length, at + MAX_LINE);
    while (lineEnd < limit && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    readTo = lineEnd;
    const lineOpen = lineStart === 0 || isLineBreak(text.charCodeAt(lineStart - 1));
    const lineClosed = lineEnd === text.length || isLineBreak(text.charCodeAt(lineEnd));
    if (!lineOpen || !lineClosed) continue;
    const start = trimStart(text, lineStart, lineEnd);
    const end = trimEnd(text, start, lineEnd);
    const fields = form.read(text.slice(start, end));
    if (fields === null) continue;
    found.push(formSignature(text, platform, 'line', start, end, null, fields.handle, null, null, fields.text));
  }
  return found;
}
