import { type DateMatch, matchDateAt } from '../dates/index.js';
import { type KnownPlatform, platforms, type PostRef } from '../platforms/index.js';
import { collapseWhitespace, isAsciiDigit, isSpace, trimEnd, trimStart } from '../kit/index.js';
import { formSignature } from './form-signature.js';
import { lineAt, type LineTable } from './line-table.js';
import type { Signature } from './signature-scanner.js';

/** How far before the footer's mark its time may end (`7:49 PM ∙`, `午後7:49 ·`). */
const TIME_REACH = 8;
/** How many lines a card's text may run over (html-to-text wraps it at 80 columns). */
const MAX_TEXT_LINES = 12;
/** How long a header's display name may be (display names are ≤ 50 characters, emoji take two units). */
const MAX_NAME = 120;

/**
 * Finds the cards whose date stands in a footer line, as Substack renders a tweet and as a rendered
 * widget flattens (see the platforms' `text.footerCard`):
 *
 * ```
 * Bracken Coast Rangers @BrackenRangers
 * The path stays shut until the cliff edge is safe.
 * 7:49 PM ∙ Jan 31, 2024
 * ```
 *
 * A footer line that is a time and a date joined by one of the platform's marks, nothing else;
 * above it, on consecutive lines, the text, then a header line that is a display name and an
 * `@handle` the platform accepts, nothing else. A line that is only a bracketed URL between the
 * text and the footer (html-to-text writes a link's href so) is the card's permalink when it
 * names a post. Each card is given as a `card` signature spanning header to footer, with its
 * name, handle, date and text. `lineTable` gives the text's lines, built only when a mark stands
 * right after a time.
 *
 * Linear: every mark is found with `indexOf` and needs a time just before it; the lines above a
 * footer are read no further up than the previous footer, and at most {@link MAX_TEXT_LINES}.
 *
 * @example
 * const text = 'Intro.\n\nAna Lowry @analowry\nFerry back on time\n7:49 PM ∙ Jan 31, 2024\n\nMore.';
 * findFooterCards(text, () => readLines(text))[0]?.text; // 'Ferry back on time'
 */
export function findFooterCards(text: string, lineTable: () => LineTable): Signature[] {
  const candidates: Array<{ at: number; platform: KnownPlatform }> = [];
  for (const platform of platforms) {
    for (const mark of platform.text?.footerCard?.footerMarks ?? []) {
      for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) candidates.push({ at, platform });
    }
  }
  candidates.sort((a, b) => a.at - b.at);
  const found: Signature[] = [];
  let lines: LineTable | undefined;
  // The previous footer's line (no card's text holds a footer line), and the last line tried (a
  // line is a footer or not whichever of its marks is looked at).
  let floor = -1;
  let tried = -1;
  for (const { at, platform } of candidates) {
    if (!followsTime(text, at)) continue;
    lines ??= lineTable();
    const line = lineAt(lines, at);
    if (line <= tried) continue;
    tried = line;
    const start = trimStart(text, lines.starts[line]!, lines.ends[line]!);
    const date = matchDateAt(text, start);
    if (date === null || date.start !== start || date.end !== trimEnd(text, start, lines.ends[line]!) || at > date.end) continue;
    const card = readCard(text, lines, line, floor, date, platform);
    if (card !== null) found.push(card);
    floor = line;
  }
  return found;
}

/** Whether a time (`7:49`, `19:49`, `7:49 PM`) ends within a few characters before the mark at `at`. */
function followsTime(text: string, at: number): boolean {
  for (let i = at - 3; i >= Math.max(1, at - TIME_REACH); i--) {
    if (text.charCodeAt(i - 1) === 0x3a /* : */ && isAsciiDigit(text.charCodeAt(i)) && isAsciiDigit(text.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** The card above the footer on line `footer` (its date read), reading no higher than below `floor`; null when the lines are not one. */
function readCard(
  text: string,
  lines: LineTable,
  footer: number,
  floor: number,
  date: DateMatch,
  platform: KnownPlatform,
): Signature | null {
  const stop = Math.max(floor, footer - MAX_TEXT_LINES - 2);
  const startOf = (line: number): number => trimStart(text, lines.starts[line]!, lines.ends[line]!);
  const endOf = (line: number): number => trimEnd(text, lines.starts[line]!, lines.ends[line]!);
  let line = footer - 1;
  // html-to-text writes the card's link after its text: `[https://twitter.com/…/status/…]`.
  let post: PostRef | null = null;
  if (line > stop && text.charCodeAt(startOf(line)) === 0x5b /* [ */ && text.charCodeAt(endOf(line) - 1) === 0x5d /* ] */) {
    post = platform.parsePermalink(text.slice(startOf(line) + 1, endOf(line) - 1));
    line--;
  }
  const last = line;
  for (; line > stop && !lines.blank[line]; line--) {
    const header = readHeader(text, startOf(line), endOf(line), platform);
    if (header === null) continue;
    if (line === last) return null;
    const ownText = collapseWhitespace(text.slice(lines.starts[line + 1]!, lines.ends[last]!));
    return formSignature(text, platform, 'card', startOf(line), endOf(footer), header.name, header.handle, date, post, ownText);
  }
  return null;
}

/** The name and handle of a header line `[start, end)`, `Name @handle` and nothing else, or null. */
function readHeader(text: string, start: number, end: number, platform: KnownPlatform): { name: string; handle: string } | null {
  let at = end;
  while (at > start && end - at <= MAX_NAME && !isSpace(text.charCodeAt(at - 1))) at--;
  if (text.charCodeAt(at) !== 0x40 /* @ */ || at - start > MAX_NAME) return null;
  const handle = text.slice(at + 1, end);
  const name = text.slice(start, at).trim();
  return name !== '' && platform.text?.isSignatureHandle?.(handle) === true ? { name, handle } : null;
}
