import { findRawTextEnd, isSpace, RAW_TEXT_ELEMENTS, readTagAt, VOID_ELEMENTS } from '../kit/index.js';
import type { PlatformInfo } from '../platforms/index.js';
import { widgetScriptEnd } from './widget-scripts.js';

/** Elements that may be dropped when an embed was all they held. */
const EMPTYABLE = new Set(['p', 'div', 'span', 'figure', 'center', 'section', 'aside', 'li', 'ul', 'ol']);
/** How many wrapper / script steps one embed may grow by. */
const MAX_STEPS = 8;
/** How far back a start tag is looked for (bounds the work per embed). */
const MAX_TAG_LOOKBACK = 4096;
const MAX_STACK_SEARCH = 64;

/**
 * An HTML stretch to replace, made safe to cut: `start`/`end` after growing, and the tags inside it
 * that open or close elements reaching outside it (which must stay, or the page's nesting would
 * break). For a whole embed element both lists are empty.
 *
 * @example
 * const range: HtmlCutRange = { start: 120, end: 560, closes: [], opens: [] };
 */
export interface HtmlCutRange {
  start: number;
  end: number;
  /** End tags inside the range of elements opened before it, in order. */
  closes: string[];
  /** Start tags inside the range of elements it leaves open, in order. */
  opens: string[];
}

/**
 * Grows an embed's range so that cutting it leaves tidy HTML, never past `lower`/`upper` (the
 * neighbouring embeds):
 * 1. over end tags right after it that close elements it opened (a flattened signature whose date
 *    link was cut mid-element), and over start tags right before it whose end tags it holds;
 * 2. over the widget `<script>` of one of `owners` right after it (whitespace between allowed);
 * 3. with `dropWrappers`, over a `p`, `div`, `span`, `figure`, `center`, `section`, `aside`, `li`,
 *    `ul` or `ol` that directly encloses it with nothing but whitespace beside it; then steps 2–3
 *    again, a few levels at most.
 *
 * @example
 * const html = '<p>Intro</p><p><blockquote class="twitter-tweet">…</blockquote></p>\n<script async src="https://platform.twitter.com/widgets.js"></script><p>Next</p>';
 * growHtmlCut(html, 15, 63, [twitter], { dropWrappers: true, lower: 12, upper: html.length });
 * // { start: 12, end: 137, closes: [], opens: [] }: the <p>, the blockquote and the script
 */
export function growHtmlCut(
  html: string,
  start: number,
  end: number,
  owners: readonly PlatformInfo[],
  options: { dropWrappers: boolean; lower: number; upper: number },
): HtmlCutRange {
  const balanced = balanceRange(html, start, end, options.upper);
  const opens = balanced.end === html.length ? [] : balanced.opens;
  let matched = 0;
  let from = start;
  // An end tag inside the range whose start tag stands right before it: take both in.
  while (matched < balanced.closes.length) {
    const before = startTagBefore(html, from, options.lower);
    if (before === null || before.name !== tagName(balanced.closes[matched] ?? '')) break;
    from = before.start;
    matched++;
  }
  const closes = balanced.closes.slice(matched);
  if (closes.length > 0 || opens.length > 0) {
    // A range that crosses element boundaries is cut in place, tags kept; nothing around it goes.
    // (Elements left open at the very end of the input need no start tag: nothing follows them.)
    return { start: from, end: balanced.end, closes, opens };
  }
  return { ...growAround(html, from, balanced.end, owners, options), closes: [], opens: [] };
}

/**
 * Steps 2–3 of {@link growHtmlCut} for a range already known to be balanced (such as several
 * back-to-back embeds merged into one): over a following widget script of `owners`, and with
 * `dropWrappers` over whitespace-only wrappers that directly enclose it.
 *
 * @example
 * const html = '<ol>\n<li><iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe></li>\n</ol>';
 * growAround(html, 4, html.length - 6, [], { dropWrappers: true, lower: 0, upper: html.length });
 * // { start: 0, end: html.length }
 */
export function growAround(
  html: string,
  start: number,
  end: number,
  owners: readonly PlatformInfo[],
  options: { dropWrappers: boolean; lower: number; upper: number },
): { start: number; end: number } {
  let range = { start, end };
  for (let step = 0; step < MAX_STEPS; step++) {
    const scriptEnd = widgetScriptEnd(html, range.end, owners, options.upper);
    if (scriptEnd !== -1) {
      range = { start: range.start, end: scriptEnd };
      continue;
    }
    const wrapper = options.dropWrappers ? enclosingWrapper(html, range.start, range.end, options.lower, options.upper) : null;
    if (wrapper === null) break;
    range = wrapper;
  }
  return range;
}

/** The start tag that ends right before `at` (whitespace between allowed), not before `lower`. */
function startTagBefore(html: string, at: number, lower: number): { start: number; name: string } | null {
  let i = at;
  while (i > lower && isSpace(html.charCodeAt(i - 1))) i--;
  if (i <= lower || html.charCodeAt(i - 1) !== 0x3e) return null;
  for (let k = i - 2; k >= lower && k >= i - MAX_TAG_LOOKBACK; k--) {
    if (html.charCodeAt(k) !== 0x3c) continue;
    const tag = readTagAt(html, k);
    if (tag === null || tag.end !== i) continue;
    if (tag.kind !== 'open' || tag.selfClosing || VOID_ELEMENTS.has(tag.name)) return null;
    return { start: k, name: tag.name };
  }
  return null;
}

function tagName(tag: string): string {
  return /^<\/?([^\s/>]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
}

/** A whitespace-only emptyable element directly around [start, end), or null. */
function enclosingWrapper(html: string, start: number, end: number, lower: number, upper: number): { start: number; end: number } | null {
  const before = startTagBefore(html, start, lower);
  if (before === null || !EMPTYABLE.has(before.name)) return null;
  const open = before.start;
  const name = before.name;
  let j = end;
  while (j < upper && isSpace(html.charCodeAt(j))) j++;
  if (html.charCodeAt(j) !== 0x3c || html.charCodeAt(j + 1) !== 0x2f) return null;
  const close = readTagAt(html, j);
  if (close === null || close.kind !== 'close' || close.name !== name || close.end > upper) return null;
  return { start: open, end: close.end };
}

/**
 * Reads the tags in [start, end): elements opened and closed inside are safe to drop; end tags of
 * elements opened before, and start tags of elements still open, are reported. End tags right
 * after the range that close elements it opened are taken in (the range grows).
 */
function balanceRange(html: string, start: number, end: number, upper: number): { end: number; closes: string[]; opens: string[] } {
  const stack: { name: string; text: string }[] = [];
  const closes: string[] = [];
  let k = nextTagStart(html, start, end);
  while (k !== -1) {
    const tag = readTagAt(html, k);
    if (tag === null) {
      k = nextTagStart(html, k + 1, end);
      continue;
    }
    if (tag.end > end) break;
    let next = tag.end;
    if (tag.kind === 'open' && !VOID_ELEMENTS.has(tag.name) && !tag.selfClosing) {
      if (RAW_TEXT_ELEMENTS.has(tag.name)) {
        next = findRawTextEnd(html, tag.end, tag.name, end).end;
        if (next > end) break;
      } else {
        stack.push({ name: tag.name, text: html.slice(k, tag.end) });
      }
    } else if (tag.kind === 'close') {
      const at = findOpen(stack, tag.name);
      if (at === -1) {
        // It closes an element opened before the range, and so (as a browser would) every
        // element the range opened and left open: their content is all inside the range.
        closes.push(html.slice(k, tag.end));
        stack.length = 0;
      } else {
        stack.length = at;
      }
    }
    k = nextTagStart(html, next, end);
  }
  let grown = end;
  while (stack.length > 0) {
    let j = grown;
    while (j < upper && isSpace(html.charCodeAt(j))) j++;
    if (html.charCodeAt(j) !== 0x3c || html.charCodeAt(j + 1) !== 0x2f) break;
    const tag = readTagAt(html, j);
    if (tag === null || tag.kind !== 'close' || tag.end > upper) break;
    const at = findOpen(stack, tag.name);
    if (at === -1) break;
    stack.length = at;
    grown = tag.end;
  }
  return { end: grown, closes, opens: stack.map((element) => element.text) };
}

/** The next `<` in [from, end), or -1; never reads past `end` (a bare `indexOf` could, once per embed). */
function nextTagStart(html: string, from: number, end: number): number {
  for (let k = from; k < end; k++) if (html.charCodeAt(k) === 0x3c) return k;
  return -1;
}

function findOpen(stack: readonly { name: string }[], name: string): number {
  for (let k = stack.length - 1; k >= 0 && k >= stack.length - MAX_STACK_SEARCH; k--) {
    if (stack[k]?.name === name) return k;
  }
  return -1;
}
