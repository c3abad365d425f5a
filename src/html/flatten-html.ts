import { decodeHTML } from 'entities';
import { BLOCK_ELEMENTS, findRawTextEnd, readTagAt } from '../kit/index.js';
import { facetList, htmlPlatforms } from '../platforms/index.js';

/** HTML's block elements and the platforms' own block-level embed elements (`amp-twitter`). */
const BLOCKS: ReadonlySet<string> = new Set(facetList(htmlPlatforms, (platform) => platform.html.blockElements, [...BLOCK_ELEMENTS]));

/**
 * HTML flattened to text, with a map back to the input: the text a scraper would keep (tags
 * dropped, `<script>`/`<style>` content dropped, block elements and `<br>` as line breaks,
 * entities decoded), and for every text offset the input offset it came from.
 *
 * @example
 * const flat = flattenHtml('<p>Hi &amp; bye</p>');
 * flat.text; // '\n\nHi & bye\n\n'
 * flat.inputStart(2); // 3
 */
export interface FlatHtml {
  /** The flattened text. */
  text: string;
  /** The input offset where the character at text offset `offset` came from. */
  inputStart(offset: number): number;
  /** The input offset just past the source of the character before text offset `offset`. */
  inputEnd(offset: number): number;
}

const RAW_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'svg']);
const MAX_ENTITY = 40;

/**
 * Flattens HTML to text in one linear pass, never throwing on malformed markup: an unclosed tag
 * runs to the end of the input, a stray `<` is text.
 *
 * @example
 * flattenHtml('<blockquote><p>Hello</p>&mdash; Jane (@jane)</blockquote>').text.trim();
 * // 'Hello\n\n— Jane (@jane)'
 */
export function flattenHtml(html: string): FlatHtml {
  const parts: string[] = [];
  // One segment per verbatim text run, decoded entity or inserted line break.
  const segments = new SegmentList();
  let length = 0;
  let breaks = 0;
  const emit = (value: string, from: number, to: number, verbatim: boolean): void => {
    if (value.length === 0) return;
    parts.push(value);
    segments.push(length, from, to, verbatim);
    length += value.length;
  };
  const emitBreak = (count: number, at: number): void => {
    if (breaks >= count) return;
    emit('\n'.repeat(count - breaks), at, at, false);
    breaks = count;
  };
  const emitVerbatim = (from: number, to: number): void => {
    if (to <= from) return;
    emit(html.slice(from, to), from, to, true);
    breaks = trailingBreaks(html, from, to, breaks);
  };
  // The next `&` at or after the scan position; looked up again only once passed, so that the
  // search never re-reads the same text (linear even with many tags and few ampersands).
  let nextAmp = -2;
  const ampFrom = (from: number): number => {
    if (nextAmp !== -1 && nextAmp < from) nextAmp = html.indexOf('&', from);
    return nextAmp;
  };
  const flushText = (from: number, to: number): void => {
    let run = from;
    let amp = ampFrom(from);
    while (amp !== -1 && amp < to) {
      const end = entityEnd(html, amp, to);
      if (end !== -1) {
        emitVerbatim(run, amp);
        emit(decodeHTML(html.slice(amp, end)), amp, end, false);
        breaks = 0;
        run = end;
      }
      amp = ampFrom(Math.max(amp + 1, run));
    }
    emitVerbatim(run, to);
  };
  let textStart = 0;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) break;
    const tag = readTagAt(html, lt);
    if (tag === null) {
      i = lt + 1;
      continue;
    }
    flushText(textStart, lt);
    let next = tag.end;
    if (tag.name === 'br') emitBreak(breaks + 1, lt);
    else if (BLOCKS.has(tag.name)) emitBreak(2, lt);
    if (tag.kind === 'open' && !tag.selfClosing && RAW_TEXT_TAGS.has(tag.name)) {
      next = findRawTextEnd(html, tag.end, tag.name).end;
    }
    i = next;
    textStart = next;
  }
  flushText(textStart, html.length);
  const text = parts.join('');
  return {
    text,
    inputStart(offset) {
      if (offset >= length) return html.length;
      const k = segments.at(offset);
      return segments.verbatim(k) ? segments.from(k) + (offset - segments.out(k)) : segments.from(k);
    },
    inputEnd(offset) {
      if (offset <= 0) return 0;
      const last = Math.min(offset, length);
      if (last === 0) return html.length;
      const k = segments.at(last - 1);
      return segments.verbatim(k) ? segments.from(k) + (last - segments.out(k)) : segments.to(k);
    },
  };
}

/**
 * The line breaks that end the flattened text after the verbatim run `html[from, to)` is added to
 * text that ended in `breaks` of them: the run's own trailing `\n`s (spaces, tabs and carriage
 * returns between them count as nothing), plus `breaks` when the run is all such whitespace. Read
 * from the run's end, so a run costs only its trailing whitespace.
 */
function trailingBreaks(html: string, from: number, to: number, breaks: number): number {
  let count = 0;
  for (let k = to - 1; k >= from; k--) {
    const code = html.charCodeAt(k);
    if (code === 0x0a) count++;
    else if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return count;
  }
  return breaks + count;
}

/**
 * The segments of a flattened text, in order, in flat typed arrays (no object per segment): for
 * each, its offset in the text, where its source starts and ends in the input, and whether text
 * and source are the same characters (so offsets map one to one).
 */
class SegmentList {
  private outs = new Int32Array(64);
  private froms = new Int32Array(64);
  private tos = new Int32Array(64);
  private verbatims = new Uint8Array(64);
  private size = 0;

  push(out: number, from: number, to: number, verbatim: boolean): void {
    if (this.size === this.outs.length) this.grow();
    this.outs[this.size] = out;
    this.froms[this.size] = from;
    this.tos[this.size] = to;
    this.verbatims[this.size] = verbatim ? 1 : 0;
    this.size++;
  }

  /** The index of the segment holding text offset `offset` (which must be inside the text). */
  at(offset: number): number {
    let low = 0;
    let high = this.size - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.outs[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  out(k: number): number {
    return this.outs[k] ?? 0;
  }

  from(k: number): number {
    return this.froms[k] ?? 0;
  }

  to(k: number): number {
    return this.tos[k] ?? 0;
  }

  verbatim(k: number): boolean {
    return this.verbatims[k] === 1;
  }

  private grow(): void {
    const capacity = this.outs.length * 2;
    const widen = <T extends Int32Array | Uint8Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.outs = widen(this.outs, new Int32Array(capacity));
    this.froms = widen(this.froms, new Int32Array(capacity));
    this.tos = widen(this.tos, new Int32Array(capacity));
    this.verbatims = widen(this.verbatims, new Uint8Array(capacity));
  }
}

/** The offset past a character reference starting at `amp` (`&amp;`, `&#8212;`, `&#x2014;`), or -1. */
function entityEnd(html: string, amp: number, limit: number): number {
  const stop = Math.min(limit, amp + MAX_ENTITY);
  for (let k = amp + 1; k < stop; k++) {
    const code = html.charCodeAt(k);
    if (code === 0x3b /* ; */) {
      return /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});$/.test(html.slice(amp, k + 1)) ? k + 1 : -1;
    }
    const ok = (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x23;
    if (!ok) return -1;
  }
  return -1;
}
