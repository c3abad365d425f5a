import { collapseWhitespace, isLineBreak, trimEnd, trimStart } from '../kit/index.js';
import type { PlatformTextForms } from '../platforms/index.js';
import type { PhraseAnchor } from './phrase-anchors.js';
import type { Signature } from './signature-scanner.js';

/** The longest line read around an anchor, each way: a flattened widget line is short. */
const MAX_LINE = 600;
/** The most non-blank lines above its mark's line that a widget broken onto several lines spans. */
const MAX_BROKEN_LINES = 8;

type LineForm = NonNullable<PlatformTextForms['lineForm']>;
type LineFields = NonNullable<ReturnType<LineForm['read']>>;

/**
 * Finds embeds flattened to one line that carries their text, such as TikTok's `@user caption
 * #tag ♬ sound name`, at the `line` anchors {@link findPhraseAnchors} found: the anchor's line is
 * read by its platform's `text.lineForm.read`. Each is given as a `line` signature spanning the
 * line, with the handle and the text the reader found; no name or date.
 *
 * A flattener that keeps the widget's blocks apart (Markdown, html-to-text's quotes and 80-column
 * wrap) breaks that line into several: `@user` opening a paragraph, the caption below it, the
 * `♬ sound` line last. When the mark's line alone is not a form, the lines above it are joined up
 * to the nearest line that opens a paragraph with `@` (see {@link readBrokenForm}).
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
    if (kind !== 'line' || form === undefined || at < readTo) continue;
    let lineStart = at;
    const readBefore = readTo;
    const floor = Math.max(readBefore, at - MAX_LINE);
    while (lineStart > floor && !isLineBreak(text.charCodeAt(lineStart - 1))) lineStart--;
    let lineEnd = at;
    const limit = Math.min(text.length, at + MAX_LINE);
    while (lineEnd < limit && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    readTo = lineEnd;
    const lineOpen = lineStart === 0 || isLineBreak(text.charCodeAt(lineStart - 1));
    const lineClosed = lineEnd === text.length || isLineBreak(text.charCodeAt(lineEnd));
    if (!lineOpen || !lineClosed) continue;
    let start = trimStart(text, lineStart, lineEnd);
    const end = trimEnd(text, start, lineEnd);
    let fields = form.read(text.slice(start, end));
    if (fields === null) {
      const broken = readBrokenForm(text, lineStart, end, Math.max(readBefore, lineStart - MAX_LINE), form);
      if (broken === null) continue;
      ({ start, fields } = broken);
    }
    found.push({
      platform,
      markup: 'line',
      start,
      end,
      name: null,
      handle: fields.handle,
      date: null,
      dateText: null,
      post: null,
      text: fields.text,
    });
  }
  return found;
}

/**
 * Reads a one-line form a flattener broke onto several lines, whose mark's line starts at
 * `lineStart` and whose text ends at `end`: walks up at most {@link MAX_BROKEN_LINES} non-blank
 * lines, not below `floor`, to the first line that begins with `@` and opens a paragraph (the text
 * or a blank line above it), and reads the lines from there, whitespace collapsed. A line that
 * begins with `@` inside a paragraph is a wrapped mention of the caption, not the author.
 *
 * @example
 * // '@lena.park\n\nSunrise over the bay\n\n♬ original sound - Lena', mark's line at 34
 * readBrokenForm(text, 34, text.length, 0, form)?.fields; // { handle: 'lena.park', text: 'Sunrise over the bay' }
 */
function readBrokenForm(
  text: string,
  lineStart: number,
  end: number,
  floor: number,
  form: LineForm,
): { start: number; fields: LineFields } | null {
  let at = lineStart;
  let lines = 0;
  while (at > floor && lines < MAX_BROKEN_LINES) {
    const breakAt = at - 1;
    let start = breakAt;
    while (start > floor && !isLineBreak(text.charCodeAt(start - 1))) start--;
    if (start === floor && start > 0 && !isLineBreak(text.charCodeAt(start - 1))) return null;
    at = start;
    const first = trimStart(text, start, breakAt);
    if (first === breakAt) continue;
    lines += 1;
    if (text.charCodeAt(first) !== 0x40 /* @ */ || !opensParagraph(text, start, floor)) continue;
    const fields = form.read(collapseWhitespace(text.slice(first, end)));
    return fields === null ? null : { start: first, fields };
  }
  return null;
}

/** Whether the line starting at `start` opens a paragraph: the text (or `floor`) or a blank line is above it. */
function opensParagraph(text: string, start: number, floor: number): boolean {
  if (start <= floor) return true;
  let at = start - 1;
  if (text.charCodeAt(at) === 0x0a && text.charCodeAt(at - 1) === 0x0d) at -= 1;
  let lineStart = at;
  while (lineStart > floor && !isLineBreak(text.charCodeAt(lineStart - 1))) lineStart--;
  return trimStart(text, lineStart, at) === at;
}
