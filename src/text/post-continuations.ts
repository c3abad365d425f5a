import { isInlineSpace, isLineBreak, trimEnd, trimStart, wordStart } from '../kit/index.js';
import { isLetterOrDigit } from './boundary-model/index.js';
import { isColon } from './line-end-marks.js';
import { lineAt, nextNonBlank, type LineTable } from './line-table.js';
import { MAX_POST_LENGTH } from './post-length.js';
import type { Signature } from './signature-scanner.js';

/**
 * Where each post ends. A post normally ends at its signature, but some scrapers write the
 * signature after a post's first line and the rest of the post after the signature:
 *
 * ```text
 * Hey all -
 * — Ken Example (@kenexample) October 28, 2022
 * I'm out of here. No judgement.
 * Let's keep the faith.
 * ```
 *
 * When the body before a signature ends mid-sentence (a spaced dash or a comma), or ends without
 * closing punctuation (or with `:`) and the line right below opens a list item (`-`, `–`, `•`,
 * `*`: the sentence goes on in a list), and the signature
 * ends its line, the lines directly below it (no blank line between) continue the post, as long as
 * together they fit in a post, and they stop before the next embed's body. Returns, for each signature, the offset just past its post (`signature.end`
 * when nothing continues it). Linear: the lines after a signature are visited once, and never
 * past the next body.
 *
 * @example
 * // For the text above: postEnds(…)[0] is the offset just past 'Let's keep the faith.'
 */
export function postEnds(text: string, lines: LineTable, signatures: readonly Signature[], starts: readonly number[]): number[] {
  // A loop, not `map`: see `startsOf` in text-embeds.ts.
  const ends: number[] = [];
  for (let index = 0; index < signatures.length; index++) ends.push(postEnd(text, lines, signatures, starts, index));
  return ends;
}

function postEnd(text: string, lines: LineTable, signatures: readonly Signature[], starts: readonly number[], index: number): number {
  const signature = signatures[index] as Signature;
  const bodyStart = starts[index] ?? signature.start;
  if (signature.markup !== 'signature') return signature.end;
  if (
    !endsMidSentence(text, bodyStart, signature.start) &&
    !(endsBare(text, bodyStart, signature.start) && listBelow(text, lines, signature.end))
  )
    return signature.end;
  const limit = Math.min(starts[index + 1] ?? text.length, signatures[index + 1]?.start ?? text.length);
  return continuationEnd(text, lines, signature.end, limit) ?? signature.end;
}

function continuationEnd(text: string, lines: LineTable, signatureEnd: number, limit: number): number | null {
  let line = lineAt(lines, signatureEnd);
  // The signature must end its line: text after it on the line is the article's.
  if (trimStart(text, signatureEnd, lines.ends[line] ?? 0) < (lines.ends[line] ?? 0)) return null;
  let total = 0;
  let end: number | null = null;
  for (;;) {
    const next = nextNonBlank(lines, line);
    if (next !== line + 1) break;
    const start = trimStart(text, lines.starts[next] ?? 0, lines.ends[next] ?? 0);
    const lineEnd = trimEnd(text, start, lines.ends[next] ?? 0);
    if (lineEnd > limit) break;
    total += lines.weight(start, lineEnd, MAX_POST_LENGTH - total);
    if (total > MAX_POST_LENGTH) break;
    end = lineEnd;
    line = next;
  }
  return end;
}

/** How far back the body's last word is read. */
const MAX_WORD = 400;

/**
 * Whether the body ends with a word without closing punctuation (a letter or digit) or with `:`:
 * a sentence that a list may go on. A link or a hashtag at the end ends a post's text (and an
 * article's list of references may follow the embed).
 */
function endsBare(text: string, start: number, end: number): boolean {
  const wordEnd = trimEnd(text, start, end);
  const last = wordEnd - 1;
  if (last < start) return false;
  const code = text.charCodeAt(last);
  if (!isLetterOrDigit(code) && !isColon(code)) return false;
  const word = text.slice(wordStart(text, Math.max(start, last - MAX_WORD), last), wordEnd);
  return !word.includes('#') && !word.includes('/');
}

/** Whether the line right below the signature's (no blank line between) opens like a list item: `-`, `–`, `•`, `*`. */
function listBelow(text: string, lines: LineTable, signatureEnd: number): boolean {
  const below = lineAt(lines, signatureEnd) + 1;
  const start = lines.starts[below];
  if (start === undefined || lines.blank[below] !== false) return false;
  const first = text.charCodeAt(trimStart(text, start, lines.ends[below] ?? start));
  return first === 0x2d || first === 0x2013 || first === 0x2022 || first === 0x2a;
}

/**
 * Whether the body ends mid-sentence: with a comma, or a dash with a space before it
 * (`Hey all -`). A hyphen glued to a word (`-Jkw`, `well-`) does not count.
 */
function endsMidSentence(text: string, start: number, end: number): boolean {
  const last = trimEnd(text, start, end) - 1;
  if (last < start) return false;
  const code = text.charCodeAt(last);
  if (code === 0x2c /* , */ || code === 0xff0c /* ， */ || code === 0x060c /* ، */ || code === 0x3001 /* 、 */) return true;
  const isDash = code === 0x2d || code === 0x2013 || code === 0x2014;
  return isDash && last > start && (isInlineSpace(text.charCodeAt(last - 1)) || isLineBreak(text.charCodeAt(last - 1)));
}
