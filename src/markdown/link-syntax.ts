/**
 * Readers of the pieces of Markdown link syntax that follow a `]` or open at a `<`. Each reads
 * forward from one position within one line (`end` is the line's end) and stops at the first
 * character its piece cannot hold, so the regions two calls read barely overlap and a scan that
 * calls them at every `](` stays linear (no backtracking, no unbounded re-reading).
 */

/** A link target read from the input: its destination and the offset just past its syntax. */
export interface LinkTarget {
  /** The destination, backslash escapes removed (may be `''`). */
  href: string;
  /** Offset just past the target's syntax (past `)`, `]` or `>`). */
  end: number;
}

/** Limits (an enum, so that bundlers write the numbers in place). */
enum Limit {
  /** Deepest parenthesis nesting a bare destination may have (as cmark allows). */
  MAX_PAREN_DEPTH = 32,
}
/** Longest link label (CommonMark's limit). */
export const MAX_LABEL = 999;

/** Whether a code unit is an ASCII punctuation character (what a backslash can escape). */
export function isAsciiPunctuation(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e)
  );
}

/** Whether a code unit is a Markdown blank: a space or a tab (CommonMark's "space or tab"). */
export function isBlankCode(code: number): boolean {
  return code === 0x20 || code === 0x09;
}

function unescapeMarkdown(raw: string): string {
  return raw.indexOf('\\') === -1 ? raw : raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * Reads an inline link target `(dest "title")` whose `(` is at `open`: the destination bare (no
 * spaces, balanced parentheses, no `[` or `]`) or in `<…>`, an optional title in `"…"`, `'…'` or
 * `(…)`, then `)`. Returns null when the syntax is not complete on the line.
 *
 * @example
 * readInlineTarget('[a](https://t.co/x "t") b', 3, 25); // { href: 'https://t.co/x', end: 21 }
 */
export function readInlineTarget(input: string, open: number, end: number): LinkTarget | null {
  let at = open + 1;
  while (at < end && isBlankCode(input.charCodeAt(at))) at++;
  let href: string;
  if (input.charCodeAt(at) === 0x3c /* < */) {
    const start = at + 1;
    at = start;
    while (at < end) {
      const code = input.charCodeAt(at);
      if (code === 0x3e /* > */ || code === 0x3c) break;
      at += code === 0x5c && at + 1 < end ? 2 : 1;
    }
    if (input.charCodeAt(at) !== 0x3e) return null;
    href = unescapeMarkdown(input.slice(start, at));
    at += 1;
  } else {
    const start = at;
    let depth = 0;
    while (at < end) {
      const code = input.charCodeAt(at);
      if (code <= 0x20 || code === 0x5b || code === 0x5d) break;
      if (code === 0x5c && at + 1 < end && isAsciiPunctuation(input.charCodeAt(at + 1))) {
        at += 2;
        continue;
      }
      if (code === 0x28 /* ( */) {
        depth += 1;
        if (depth > Limit.MAX_PAREN_DEPTH) return null;
      } else if (code === 0x29 /* ) */) {
        if (depth === 0) break;
        depth -= 1;
      }
      at += 1;
    }
    if (depth !== 0) return null;
    href = unescapeMarkdown(input.slice(start, at));
  }
  const beforeTitle = at;
  while (at < end && isBlankCode(input.charCodeAt(at))) at++;
  const quote = input.charCodeAt(at);
  if (at > beforeTitle && (quote === 0x22 || quote === 0x27 || quote === 0x28)) {
    const close = quote === 0x28 ? 0x29 : quote;
    at += 1;
    while (at < end) {
      const code = input.charCodeAt(at);
      if (code === close || (quote === 0x28 && code === 0x28)) break;
      at += code === 0x5c && at + 1 < end ? 2 : 1;
    }
    if (input.charCodeAt(at) !== close) return null;
    at += 1;
    while (at < end && isBlankCode(input.charCodeAt(at))) at++;
  }
  if (at >= end || input.charCodeAt(at) !== 0x29) return null;
  return { href, end: at + 1 };
}

/**
 * Reads a link label `[label]` whose `[` is at `open`, up to {@link MAX_LABEL} characters with no
 * unescaped `[`; returns the label as written and the offset past `]`, or null.
 *
 * @example
 * readLabel('[a][Ref 1] b', 3, 12); // { label: 'Ref 1', end: 10 }
 */
export function readLabel(input: string, open: number, end: number): { label: string; end: number } | null {
  const limit = Math.min(end, open + 1 + MAX_LABEL);
  let at = open + 1;
  while (at < limit) {
    const code = input.charCodeAt(at);
    if (code === 0x5d) return { label: input.slice(open + 1, at), end: at + 1 };
    if (code === 0x5b) return null;
    at += code === 0x5c ? 2 : 1;
  }
  return null;
}

/**
 * Reads an autolink `<scheme:…>` whose `<` is at `open`: a scheme of 2–32 characters, `:`, then
 * no space, `<` or `>` until the closing `>`. Returns the URL and the offset past `>`, or null.
 *
 * @example
 * readAutolink('see <https://x.com/a/status/1> now', 4, 34); // { href: 'https://x.com/a/status/1', end: 30 }
 */
export function readAutolink(input: string, open: number, end: number): LinkTarget | null {
  let at = open + 1;
  const schemeStart = at;
  while (at < end && at - schemeStart <= 32) {
    const code = input.charCodeAt(at);
    const letter = (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
    const other = (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2e || code === 0x2d;
    if (letter || (other && at > schemeStart)) at++;
    else break;
  }
  if (at - schemeStart < 2 || input.charCodeAt(at) !== 0x3a /* : */) return null;
  while (at < end) {
    const code = input.charCodeAt(at);
    if (code === 0x3e) return { href: input.slice(open + 1, at), end: at + 1 };
    if (code <= 0x20 || code === 0x3c) return null;
    at++;
  }
  return null;
}

/**
 * A link label as CommonMark matches it: whitespace collapsed, trimmed, case-folded.
 *
 * @example
 * normaliseLabel('  Ref\n  One '); // 'ref one'
 */
export function normaliseLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Reads a link reference definition `[label]: destination "title"` that fills the rest of a line
 * from `start` (the line's content, container markers already skipped) to `end`. Returns the
 * normalised label and destination, or null.
 *
 * @example
 * readDefinition('[1]: https://t.co/x "Title"', 0, 27); // { label: '1', href: 'https://t.co/x' }
 */
export function readDefinition(input: string, start: number, end: number): { label: string; href: string } | null {
  if (input.charCodeAt(start) !== 0x5b) return null;
  const label = readLabel(input, start, end);
  if (label === null || input.charCodeAt(label.end) !== 0x3a /* : */ || normaliseLabel(label.label) === '') return null;
  let at = label.end + 1;
  while (at < end && isBlankCode(input.charCodeAt(at))) at++;
  const hrefStart = at;
  let href: string;
  if (input.charCodeAt(at) === 0x3c) {
    let close = at + 1;
    while (close < end && input.charCodeAt(close) !== 0x3e) close++;
    if (close >= end) return null;
    href = input.slice(at + 1, close);
    at = close + 1;
  } else {
    while (at < end && input.charCodeAt(at) > 0x20) at++;
    href = input.slice(hrefStart, at);
  }
  if (href === '' || /\s/.test(href)) return null;
  // A title, if any, must close the line.
  while (at < end && isBlankCode(input.charCodeAt(at))) at++;
  if (at < end) {
    const quote = input.charCodeAt(at);
    const close = quote === 0x28 ? 0x29 : quote;
    if (quote !== 0x22 && quote !== 0x27 && quote !== 0x28) return null;
    let last = end - 1;
    while (last > at && isBlankCode(input.charCodeAt(last))) last--;
    if (last === at || input.charCodeAt(last) !== close) return null;
  }
  return { label: normaliseLabel(label.label), href: unescapeMarkdown(href) };
}
