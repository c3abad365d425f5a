import { extractEntities } from '../../entities/index.js';

/** Characters that can start Markdown inline syntax anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[\]<>~|]|&(?=#?[A-Za-z0-9]+;)/g;
/** What makes a line start a heading, quote, list, thematic break or setext underline. */
const LINE_START_SPECIAL = /^(?:[#>+=-]|\d{1,9}(?=[.)]))/;

/**
 * Escapes text so that Markdown shows it literally: `\ ` * _ [ ] < > ~ |` and entity-like `&`
 * everywhere, and a leading `#`, `>`, `-`, `+`, `=` or `1.` of a line. URLs are left verbatim so
 * they stay clickable.
 *
 * @example
 * escapeMarkdown('#1 *best* day [ever] https://example.com/a_b'); // '\\#1 \\*best\\* day \\[ever\\] https://example.com/a_b'
 */
export function escapeMarkdown(text: string): string {
  return escapeLineStart(escapeText(text));
}

/**
 * Escapes the inline syntax characters of text that is not at a line start (see
 * {@link escapeMarkdown}), leaving URLs verbatim (GFM readers take a URL's characters before escapes).
 *
 * @example
 * escapeText('a *b* https://example.com/a_b'); // 'a \\*b\\* https://example.com/a_b'
 */
export function escapeText(text: string): string {
  // Only text with a dot can hold a URL; most runs have none and skip the entity scan.
  const urls = text.includes('.') ? extractEntities(text).urls : [];
  if (urls.length === 0) return escapeInline(text);
  const parts: string[] = [];
  let at = 0;
  for (const url of urls) {
    if (url.start < at) continue;
    parts.push(escapeInline(text.slice(at, url.start)), text.slice(url.start, url.end));
    at = url.end;
  }
  parts.push(escapeInline(text.slice(at)));
  return parts.join('');
}

/**
 * Escapes every inline syntax character, URLs included (for link texts, names and dates).
 *
 * @example
 * escapeInline('a_b [c]'); // 'a\\_b \\[c\\]'
 */
export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, (match) => `\\${match}`);
}

/**
 * Escapes what would make a line a heading, quote, list item, thematic break or setext underline
 * (`#`, `>`, `-`, `+`, `=`, `1.`), on a line whose inline characters are escaped already.
 *
 * @example
 * escapeLineStart('2024. A year'); // '2024\\. A year'
 * escapeLineStart('# not a heading'); // '\\# not a heading'
 */
export function escapeLineStart(line: string): string {
  return line.replace(LINE_START_SPECIAL, (match) =>
    match.charCodeAt(0) <= 0x39 && match.charCodeAt(0) >= 0x30 ? `${match}\\` : `\\${match}`,
  );
}

/**
 * A URL as a Markdown link destination: what would end or break it (`( ) < > [ ] \`, spaces, tabs and
 * line breaks) percent-encoded.
 *
 * @example
 * linkDestination('https://example.com/a (b)'); // 'https://example.com/a%20%28b%29'
 */
export function linkDestination(url: string): string {
  return url.replace(/[()<>\\[\] \t\n\r]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
