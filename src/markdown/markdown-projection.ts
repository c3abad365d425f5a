import { decodeHTML } from 'entities';
import {
  isAsciiPunctuation,
  isBlankCode,
  type LinkTarget,
  MAX_LABEL,
  normaliseLabel,
  readAutolink,
  readDefinition,
  readInlineTarget,
  readLabel,
} from './link-syntax.js';
import { type ProjectionBuffer, projectionBuffer } from './projection-buffer.js';

/** A link of the Markdown input, placed in the projection. */
export interface ProjectedLink {
  /** Offset of the link's visible text in the projection. */
  start: number;
  /** Offset just past the visible text in the projection. */
  end: number;
  /** Offset of the link's syntax (`[`, `<`) in the input. */
  inputStart: number;
  /** Offset just past the link's syntax (`)`, `]`, `>`) in the input. */
  inputEnd: number;
  /** The destination as written, escapes removed. */
  href: string;
}

/** Markdown read as the plain text a reader sees, with the way back to the input. */
export interface MarkdownProjection {
  /** The text: quote and list markers, link syntax, escapes and emphasis markers gone. */
  text: string;
  /** The input offset of each code unit of `text` (non-decreasing). */
  offsets: Int32Array;
  /** The input's links, in order of their visible text. */
  links: ProjectedLink[];
  /** The blockquotes (runs of `>` lines and their lazy continuations), as projected ranges, in order. */
  quotes: { start: number; end: number }[];
}

/**
 * What a projection reads: `'markdown'`, all of the syntax above; `'quoted-text'`, plain text as
 * html-to-text writes it: only quote markers go, and a bracketed URL after a word (`pic.twitter.com/x
 * [https://t.co/x]`, `May 3, 2024 [https://x.com/a/status/1]`) is that word's link, not text.
 *
 * @example
 * const syntax: ProjectedSyntax = 'quoted-text';
 */
export type ProjectedSyntax = 'markdown' | 'quoted-text';

interface Opener {
  /** Where the `[` (or `![`) was written in the buffer. */
  written: number;
  /** Its input offset. */
  input: number;
  image: boolean;
}

/** The open `[` and `![` of a paragraph, innermost last; kept in two number arrays (no object per bracket). */
class OpenerStack {
  private written = new Int32Array(64);
  /** Input offsets; an image's stored as `-(offset + 1)`. */
  private inputs = new Int32Array(64);
  private size = 0;

  push(written: number, input: number, image: boolean): void {
    if (this.size === this.written.length) {
      const grownWritten = new Int32Array(this.size * 2);
      grownWritten.set(this.written);
      this.written = grownWritten;
      const grownInputs = new Int32Array(this.size * 2);
      grownInputs.set(this.inputs);
      this.inputs = grownInputs;
    }
    this.written[this.size] = written;
    this.inputs[this.size] = image ? -(input + 1) : input;
    this.size += 1;
  }

  pop(): Opener | undefined {
    if (this.size === 0) return undefined;
    this.size -= 1;
    const written = this.written[this.size] ?? 0;
    const input = this.inputs[this.size] ?? 0;
    return { written, input: input < 0 ? -input - 1 : input, image: input < 0 };
  }

  clear(): void {
    this.size = 0;
  }
}

interface LineShape {
  /** Offset of the line's content, past quote and list markers and a heading's `#`s. */
  content: number;
  /** How many `>` the line opens with. */
  depth: number;
  /** Whether the line is a thematic break or a setext underline (no text). */
  rule?: boolean;
  /** Whether the line opens or closes a fenced code block. */
  fence?: boolean;
}

const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const NON_ASCII_PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * Projects CommonMark/GFM (as turndown, node-html-markdown, Jina Reader and Firecrawl write it)
 * onto the plain text a reader sees, keeping for each character the input offset it came from:
 * quote markers (nested, lazy continuation), list markers, heading `#`s, rules, fences,
 * backslash escapes, emphasis, strikethrough and code markers and entity references go; links
 * `[text](url "title")`, `[text][ref]`, `[ref]` and `<url>` leave their visible text, and their
 * destinations are listed; images leave nothing; an ordered item's number stays (it is shown)
 * unless a quote fills the item. Blank lines inside a quote are written as a
 * wider gap (two blank lines), the way flattened text keeps a post's own paragraph breaks, and
 * a quote (or a deeper one) that starts right under a paragraph gets a blank line before it.
 *
 * One pass over the lines (plus one for reference definitions); every link reader stops at the
 * first character its piece cannot hold, so the projection is linear on any input.
 *
 * @example
 * const projection = projectMarkdown('> Hi [pic.twitter.com/x](https://t.co/x)\n>\n> — Jane (@jane) [May 1, 2024](https://x.com/jane/status/1)');
 * projection.text; // 'Hi pic.twitter.com/x\n\n\n— Jane (@jane) May 1, 2024'
 * projection.links[0]?.href; // 'https://t.co/x'
 */
export function projectMarkdown(input: string, syntax: ProjectedSyntax = 'markdown'): MarkdownProjection {
  return project(input, syntax === 'markdown' ? markdownInline(input) : null);
}

/**
 * `projectMarkdown(input, 'quoted-text')` without the inline reader (links, emphasis, entity
 * references): a bundle that reads only text (the `embedsift/text` entry) leaves that reader and
 * the HTML entity tables out.
 *
 * @example
 * projectQuotedText('> Hi @jane\n> — Jane (@jane) May 1, 2024').text; // 'Hi @jane\n— Jane (@jane) May 1, 2024'
 */
export function projectQuotedText(input: string): MarkdownProjection {
  return project(input, null);
}

/**
 * Full Markdown's inline syntax, for one input: its reference definitions and the inline reader
 * with its open brackets. Quoted text has none of it (`project(input, null)`), so a bundle that
 * reads only text leaves all of it out.
 */
interface InlineSyntax {
  /** The input offsets of the lines that are reference definitions (they show no text). */
  definitionLines: ReadonlySet<number>;
  /** Writes the inline content of one line, from `from` to `to`. */
  emit(buffer: ProjectionBuffer, input: string, from: number, to: number, links: ProjectedLink[]): void;
  /** A paragraph ended: a `[` still open cannot open a link any more. */
  endParagraph(): void;
  /** Reads a line's container markers, heading marker, rule or fence ({@link markdownLineShape}). */
  lineShape(input: string, start: number, end: number, inFence: boolean): LineShape;
}

function markdownInline(input: string): InlineSyntax {
  const { labels, lines } = readDefinitions(input);
  const openers = new OpenerStack();
  return {
    definitionLines: lines,
    emit: (buffer, text, from, to, links) => emitInline(buffer, text, from, to, openers, links, labels),
    endParagraph: () => openers.clear(),
    lineShape: markdownLineShape,
  };
}

/** The projection; `inline` is null for quoted text (only quote markers are taken off). */
function project(input: string, inline: InlineSyntax | null): MarkdownProjection {
  let newlines = 0;
  for (let at = input.indexOf('\n'); at !== -1; at = input.indexOf('\n', at + 1)) newlines++;
  const buffer = projectionBuffer(input.length + 2 * newlines + 4);
  let foldedUpTo = 0;
  const links: ProjectedLink[] = [];

  const quotes: { start: number; end: number }[] = [];
  let quoteStart = -1;
  const closeQuote = (): void => {
    if (quoteStart !== -1) quotes.push({ start: quoteStart, end: buffer.length });
    quoteStart = -1;
  };
  let previousDepth = 0;
  let previousBlank = true;
  let inFence = false;
  for (let start = 0; start < input.length; ) {
    let newline = input.indexOf('\n', start);
    if (newline === -1) newline = input.length;
    const end = newline > start && input.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
    const lineBreakAt = newline < input.length ? newline : -1;
    const shape = inline === null ? quotedLineShape(input, start, end) : inline.lineShape(input, start, end, inFence);
    // Fences, rules and reference definitions are Markdown's (each test starts with `inline !==
    // null`, so that a bundle of the quoted-text projection alone leaves them out).
    if (inline !== null && inFence && !shape.fence) {
      emitRaw(buffer, input, start, end);
    } else if (
      (inline !== null && (shape.fence || shape.rule || inline.definitionLines.has(start))) ||
      isBlankRange(input, shape.content, end)
    ) {
      if (inline !== null && shape.fence) inFence = !inFence;
      // A blank line inside a quote is a wider gap: a post's own paragraph break. A link's text
      // may span it there (turndown writes a Threads footer link so); elsewhere it ends the links.
      if (shape.depth > 0 && lineBreakAt !== -1) buffer.push(0x0a, lineBreakAt);
      if (shape.depth === 0) {
        if (inline !== null) inline.endParagraph();
        closeQuote();
      }
      previousBlank = true;
      previousDepth = shape.depth;
    } else {
      const explicit = shape.depth > 0;
      if (!previousBlank && explicit && shape.depth > previousDepth) {
        buffer.push(0x0a, shape.content);
        if (inline !== null) inline.endParagraph();
      }
      if (explicit && quoteStart === -1) quoteStart = buffer.length;
      if (!explicit && previousBlank) closeQuote();
      if (inline !== null) inline.emit(buffer, input, shape.content, end, links);
      else foldedUpTo = emitQuotedText(buffer, input, shape.content, end, links, foldedUpTo);
      previousBlank = false;
      if (explicit) previousDepth = shape.depth;
    }
    if (lineBreakAt !== -1) buffer.push(0x0a, lineBreakAt);
    start = newline + 1;
  }

  closeQuote();
  const finished = buffer.finish();
  const placed = links
    .map((link) => ({ ...link, start: finished.position(link.start), end: finished.position(link.end) }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const blocks = quotes.map((quote) => ({ start: finished.position(quote.start), end: finished.position(quote.end) }));
  return { text: finished.text, offsets: finished.offsets, links: placed, quotes: blocks };
}

function isBlankRange(input: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isBlankCode(input.charCodeAt(i))) return false;
  return true;
}

/** The reference definitions of the input (first one of a label wins) and the lines they fill. */
function readDefinitions(input: string): { labels: Map<string, string>; lines: Set<number> } {
  const labels = new Map<string, string>();
  const lines = new Set<number>();
  if (input.indexOf(']:') === -1) return { labels, lines };
  for (let start = 0; start < input.length; ) {
    let newline = input.indexOf('\n', start);
    if (newline === -1) newline = input.length;
    const end = newline > start && input.charCodeAt(newline - 1) === 0x0d ? newline - 1 : newline;
    const shape = markdownLineShape(input, start, end, false);
    const definition = readDefinition(input, shape.content, end);
    if (definition !== null) {
      lines.add(start);
      if (!labels.has(definition.label)) labels.set(definition.label, definition.href);
    }
    start = newline + 1;
  }
  return { labels, lines };
}

/**
 * Reads a line of quoted text: its `>` markers and the html-to-text list items (` * `, ` 1. `)
 * that a quote fills. Quoted text has no rules, fences or headings ({@link markdownLineShape}).
 */
function quotedLineShape(input: string, start: number, end: number): LineShape {
  let at = start;
  let depth = 0;
  for (;;) {
    while (at < end && isBlankCode(input.charCodeAt(at))) at++;
    if (at >= end) break;
    if (input.charCodeAt(at) === 0x3e /* > */) {
      depth++;
      at++;
      continue;
    }
    const item = listItemBeforeQuote(input, at, end);
    if (item === at) break;
    at = item;
  }
  return { content: at, depth };
}

/** Reads a Markdown line's container markers (`>`, list items), heading marker, rule or fence. */
function markdownLineShape(input: string, start: number, end: number, inFence: boolean): LineShape {
  let at = start;
  let depth = 0;
  let ruleChecked = false;
  for (;;) {
    while (at < end && isBlankCode(input.charCodeAt(at))) at++;
    if (inFence) break;
    const code = input.charCodeAt(at);
    if (at >= end) break;
    if (code === 0x3e /* > */) {
      depth++;
      at++;
      continue;
    }
    if ((code === 0x2d || code === 0x2a || code === 0x2b || code === 0x5f) && !ruleChecked) {
      ruleChecked = true;
      if (code !== 0x2b && isRule(input, at, end, code)) return { content: end, depth, rule: true, fence: false };
    }
    if ((code === 0x2d || code === 0x2a || code === 0x2b) && (at + 1 >= end || isBlankCode(input.charCodeAt(at + 1)))) {
      at++;
      continue;
    }
    if (code >= 0x30 && code <= 0x39) {
      let digit = at;
      while (digit < end && digit - at < 9 && input.charCodeAt(digit) >= 0x30 && input.charCodeAt(digit) <= 0x39) digit++;
      const mark = input.charCodeAt(digit);
      // An ordered item's number is shown, so it stays text; unless a quote fills the item.
      let after = digit + 1;
      while (after < end && isBlankCode(input.charCodeAt(after))) after++;
      if ((mark === 0x2e || mark === 0x29) && after > digit + 1 && input.charCodeAt(after) === 0x3e) {
        at = after;
        continue;
      }
    }
    break;
  }
  const code = input.charCodeAt(at);
  if ((code === 0x60 || code === 0x7e) && input.startsWith(code === 0x60 ? '```' : '~~~', at)) {
    return { content: at, depth, rule: false, fence: true };
  }
  if (inFence) return { content: at, depth, rule: false, fence: false };
  if (code === 0x3d /* = */ && isRule(input, at, end, code)) return { content: end, depth, rule: true, fence: false };
  if (code === 0x23 /* # */) {
    let hashes = at;
    while (hashes < end && hashes - at < 7 && input.charCodeAt(hashes) === 0x23) hashes++;
    if (hashes - at <= 6 && (hashes >= end || isBlankCode(input.charCodeAt(hashes)))) {
      at = hashes;
      while (at < end && isBlankCode(input.charCodeAt(at))) at++;
    }
  }
  return { content: at, depth, rule: false, fence: false };
}

/** Past a list marker (`*`, `-`, `+`, `1.`, `1)`) at `at` that spaces and a `>` follow; else `at`. */
function listItemBeforeQuote(input: string, at: number, end: number): number {
  let marker = at;
  const code = input.charCodeAt(at);
  if (code === 0x2a || code === 0x2d || code === 0x2b) marker = at + 1;
  else {
    while (marker < end && marker - at < 9 && input.charCodeAt(marker) >= 0x30 && input.charCodeAt(marker) <= 0x39) marker++;
    if (marker === at || (input.charCodeAt(marker) !== 0x2e && input.charCodeAt(marker) !== 0x29)) return at;
    marker++;
  }
  let after = marker;
  while (after < end && isBlankCode(input.charCodeAt(after))) after++;
  return after > marker && input.charCodeAt(after) === 0x3e ? after : at;
}

/** Whether the rest of a line is a thematic break (3+ of `-`, `*`, `_`) or setext underline (`=`). */
function isRule(input: string, start: number, end: number, mark: number): boolean {
  let count = 0;
  for (let i = start; i < end; i++) {
    const code = input.charCodeAt(i);
    if (code === mark) count++;
    else if (!isBlankCode(code) || mark === 0x3d) return mark === 0x3d && isBlankRange(input, i, end) && count >= 1;
  }
  return mark === 0x3d ? count >= 1 : count >= 3;
}

function emitRaw(buffer: ProjectionBuffer, input: string, start: number, end: number): void {
  for (let i = start; i < end; i++) buffer.push(input.charCodeAt(i), i);
}

function isWhitespaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || Number.isNaN(code);
}

function isPunctuationCode(code: number): boolean {
  return isAsciiPunctuation(code) || (code > 0x7f && NON_ASCII_PUNCTUATION.test(String.fromCharCode(code)));
}

function isWordCode(code: number): boolean {
  return !isWhitespaceCode(code) && !isPunctuationCode(code);
}

/** Whether a run of `*`, `_`, `~` or backticks from `start` to `end` is emphasis syntax (CommonMark flanking). */
function isDelimiterRun(input: string, from: number, to: number, start: number, end: number): boolean {
  const mark = input.charCodeAt(start);
  if (mark === 0x7e && end - start > 2) return false;
  const before = start > from ? input.charCodeAt(start - 1) : Number.NaN;
  const after = end < to ? input.charCodeAt(end) : Number.NaN;
  const left = !isWhitespaceCode(after) && (!isPunctuationCode(after) || isWhitespaceCode(before) || isPunctuationCode(before));
  const right = !isWhitespaceCode(before) && (!isPunctuationCode(before) || isWhitespaceCode(after) || isPunctuationCode(after));
  if (mark === 0x5f && isWordCode(before) && isWordCode(after)) return false;
  return left || right;
}

/** Length of a bare `http(s)://` URL at `at` in a line (copied verbatim but for escapes), or 0: not glued to a word before it. */
function bareUrlLength(input: string, at: number, from: number): number {
  if (at > from && isWordCode(input.charCodeAt(at - 1))) return 0;
  return webUrlLength(input, at);
}

/**
 * A `http(s)://` URL up to a space, control character, bracket, angle bracket or quote. Sticky.
 * It needs no end bound: every caller reads one line, and a line ends at a `\r`, a `\n` or the
 * input's end, where the class stops anyway.
 */
const WEB_URL = /https?:\/\/[^\0- "<>[\]]*/y;

/**
 * Length of the `http(s)://` URL at `at` in a line ({@link WEB_URL}), or 0 when none starts there.
 * Quoted text's bracketed links need no more, so its bundle leaves out the word test of
 * {@link bareUrlLength} (and the Unicode punctuation class it uses).
 *
 * @example
 * webUrlLength('[https://t.co/x] ok', 1); // 14
 */
function webUrlLength(input: string, at: number): number {
  WEB_URL.lastIndex = at;
  return WEB_URL.test(input) ? WEB_URL.lastIndex - at : 0;
}

/** Writes the inline content of one line: escapes, emphasis, entities and links resolved. */
function emitInline(
  buffer: ProjectionBuffer,
  input: string,
  from: number,
  to: number,
  openers: OpenerStack,
  links: ProjectedLink[],
  definitions: Map<string, string>,
): void {
  let i = from;
  while (i < to) {
    const code = input.charCodeAt(i);
    switch (code) {
      case 0x5c /* \ */:
        {
          const next = input.charCodeAt(i + 1);
          if (i + 1 < to && isAsciiPunctuation(next)) {
            buffer.push(next, i + 1);
            i += 2;
          } else {
            // A backslash ending the line is a hard line break.
            if (i + 1 < to) buffer.push(code, i);
            i += 1;
          }
          continue;
        }
      case 0x21 /* ! */:
        if (input.charCodeAt(i + 1) === 0x5b) {
          openers.push(buffer.length, i, true);
          buffer.push(code, i);
          buffer.push(0x5b, i + 1);
          i += 2;
          continue;
        }
        break;
      case 0x5b /* [ */:
        openers.push(buffer.length, i, false);
        buffer.push(code, i);
        i += 1;
        continue;
      case 0x5d /* ] */:
        i = closeBracket(buffer, input, i, to, openers, links, definitions);
        continue;
      case 0x3c /* < */:
        {
          const target = readAutolink(input, i, to);
          if (target !== null) {
            const start = buffer.length;
            for (let k = i + 1; k < target.end - 1; k++) buffer.push(input.charCodeAt(k), k);
            links.push({ start, end: buffer.length, inputStart: i, inputEnd: target.end, href: target.href });
            i = target.end;
            continue;
          }
          break;
        }
      case 0x2a /* * */:
      case 0x5f /* _ */:
      case 0x7e /* ~ */:
      case 0x60 /* ` */:
        {
          let end = i + 1;
          while (end < to && input.charCodeAt(end) === code) end++;
          if (!isDelimiterRun(input, from, to, i, end)) emitRaw(buffer, input, i, end);
          i = end;
          continue;
        }
      case 0x26 /* & */:
        {
          ENTITY.lastIndex = i;
          const match = ENTITY.exec(input);
          if (match !== null) {
            const decoded = decodeHTML(match[0]);
            if (decoded !== match[0]) {
              for (let k = 0; k < decoded.length; k++) buffer.push(decoded.charCodeAt(k), i);
              i += match[0].length;
              continue;
            }
          }
          break;
        }
      case 0x68 /* h */:
        {
          const length = bareUrlLength(input, i, from);
          if (length > 0) {
            emitUrl(buffer, input, i, i + length);
            i += length;
            continue;
          }
          break;
        }
      default:
        break;
    }
    buffer.push(code, i);
    i += 1;
  }
}

/**
 * Writes one line of html-to-text output: the text as it is, except that a bracketed web URL
 * standing after a word (`text [https://…]`, also at the start of a wrapped line) is dropped and
 * becomes the link of the word before it (written since `floor`, the end of the last such link).
 * Returns the new floor. Each bracket reads forward to its `]` (stopping at a space or `[`) and
 * back over one word at most, so the line is read in linear time.
 */
function emitQuotedText(buffer: ProjectionBuffer, input: string, from: number, to: number, links: ProjectedLink[], floor: number): number {
  let last = floor;
  for (let i = from; i < to; i++) {
    const code = input.charCodeAt(i);
    if (code === 0x5b && (i === from || isBlankCode(input.charCodeAt(i - 1))) && webUrlLength(input, i + 1) > 0) {
      const close = i + 1 + webUrlLength(input, i + 1);
      if (input.charCodeAt(close) === 0x5d) {
        // The word before: back over spaces and line breaks, then over the word itself.
        let wordEnd = buffer.length;
        while (wordEnd > last && isWhitespaceCode(buffer.codeAt(wordEnd - 1))) wordEnd--;
        let wordStart = wordEnd;
        while (wordStart > last && !isWhitespaceCode(buffer.codeAt(wordStart - 1))) wordStart--;
        if (wordStart < wordEnd) {
          links.push({ start: wordStart, end: wordEnd, inputStart: i, inputEnd: close + 1, href: input.slice(i + 1, close) });
          // Drop the space before the bracket on this line too. A bracket that opens a wrapped
          // line with punctuation glued after it (`#tag\n[https://…].`): the wrap stood where
          // html-to-text's own space was, so it goes too.
          if (i > from && isBlankCode(input.charCodeAt(i - 1)) && buffer.length > wordEnd) buffer.drop(buffer.length - 1);
          else if (i === from && close + 1 < to && !isWhitespaceCode(input.charCodeAt(close + 1))) buffer.drop(wordEnd, buffer.length);
          i = close;
          last = buffer.length;
          continue;
        }
      }
    }
    buffer.push(code, i);
  }
  return last;
}

/** Copies a bare URL verbatim, escapes resolved. */
function emitUrl(buffer: ProjectionBuffer, input: string, start: number, end: number): void {
  for (let k = start; k < end; k++) {
    const code = input.charCodeAt(k);
    if (code === 0x5c && k + 1 < end && isAsciiPunctuation(input.charCodeAt(k + 1))) continue;
    buffer.push(code, k);
  }
}

/** Handles a `]` at `at`: closes the innermost `[` as a link or image when a target follows; returns where to go on. */
function closeBracket(
  buffer: ProjectionBuffer,
  input: string,
  at: number,
  to: number,
  openers: OpenerStack,
  links: ProjectedLink[],
  definitions: Map<string, string>,
): number {
  const opener = openers.pop();
  if (opener === undefined) {
    buffer.push(0x5d, at);
    return at + 1;
  }
  const target = readTarget(input, at, to, opener, definitions);
  if (target === null) {
    buffer.push(0x5d, at);
    return at + 1;
  }
  if (opener.image) {
    buffer.drop(opener.written, buffer.length);
  } else {
    buffer.drop(opener.written);
    links.push({ start: opener.written + 1, end: buffer.length, inputStart: opener.input, inputEnd: target.end, href: target.href });
  }
  return target.end;
}

/** The target after a `]` at `at`: inline `(…)`, full or collapsed reference `[…]`, or a shortcut reference. */
function readTarget(input: string, at: number, to: number, opener: Opener, definitions: Map<string, string>): LinkTarget | null {
  const next = input.charCodeAt(at + 1);
  if (next === 0x28 /* ( */) {
    const inline = readInlineTarget(input, at + 1, to);
    if (inline !== null) return inline;
  }
  if (definitions.size === 0) return null;
  const textStart = opener.input + (opener.image ? 2 : 1);
  const ownLabel = at - textStart <= MAX_LABEL ? normaliseLabel(input.slice(textStart, at)) : null;
  if (next === 0x5b) {
    const label = readLabel(input, at + 1, to);
    if (label !== null) {
      const key = label.label.trim() === '' ? ownLabel : normaliseLabel(label.label);
      const href = key === null ? undefined : definitions.get(key);
      if (href !== undefined) return { href, end: label.end };
      return null;
    }
  }
  const href = ownLabel === null ? undefined : definitions.get(ownLabel);
  return href === undefined ? null : { href, end: at + 1 };
}
