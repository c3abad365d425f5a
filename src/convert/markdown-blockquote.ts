import { extractEntities } from '../entities/index.js';
import { platformNamed } from '../platforms/index.js';
import type { EmbedRecord } from '../schema/index.js';

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
  const urls = text.length === 0 ? [] : extractEntities(text).urls;
  const parts: string[] = [];
  let at = 0;
  for (const url of urls) {
    if (url.start < at) continue;
    parts.push(escapeInline(text.slice(at, url.start)), text.slice(url.start, url.end));
    at = url.end;
  }
  parts.push(escapeInline(text.slice(at)));
  const escaped = parts.join('');
  return escaped.replace(LINE_START_SPECIAL, (match) => (/^\d/.test(match) ? `${match}\\` : `\\${match}`));
}

function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, (match) => `\\${match}`);
}

/**
 * The attribution line of a Markdown blockquote: `— Name (@handle), [date](permalink)`. A null
 * name or handle is left out (the platform's name stands in when both are null); the date is the
 * written `dateText`, else `publishedAt` unless it was read from the post id; without a date the permalink stands as `<url>`; a
 * permalink that is not `http(s)` is not linked. A post known only by its id (a YouTube iframe)
 * reads `— YouTube, id dQw4w9WgXcQ`.
 *
 * @example
 * markdownAttribution(record); // '— Secretary Antony Blinken (@SecBlinken), [February 7, 2024](https://twitter.com/SecBlinken/status/1755259323123712345)'
 */
export function markdownAttribution(record: EmbedRecord): string {
  const { name, handle } = record.author;
  const handleText = handle === null ? null : `@${escapeInline(handle)}`;
  let who: string;
  if (name !== null && name.trim() !== '' && handleText !== null) who = `${escapeInline(oneLine(name))} (${handleText})`;
  else if (name !== null && name.trim() !== '') who = escapeInline(oneLine(name));
  else who = handleText ?? platformNamed(record.platform).label;
  // A written date; a time read from the post id alone was never written on the page.
  const date = record.dateText ?? (record.datePrecision === 'id' ? null : record.publishedAt);
  const url = record.url !== null && /^https?:\/\/[^\s]+$/i.test(record.url) ? safeDestination(record.url) : null;
  let when: string | null = null;
  if (date !== null && url !== null) when = `[${escapeInline(oneLine(date))}](${url})`;
  else if (date !== null) when = escapeInline(oneLine(date));
  else if (url !== null) when = `<${url}>`;
  else if (record.id !== null && name === null && handle === null) when = `id ${escapeInline(oneLine(record.id))}`;
  return `— ${when === null ? who : `${who}, ${when}`}`;
}

/**
 * One embed as a Markdown blockquote: the post's paragraphs (escaped; `record.text` as one
 * paragraph unless `paragraphs` is given), a `>` line between them, and the attribution line
 * (see {@link markdownAttribution}). No trailing newline.
 *
 * @example
 * markdownBlockquote(record);
 * // '> Met with @IsraeliPM Netanyahu … pic.twitter.com/EQsKUijoL0\n>\n> — Secretary Antony Blinken (@SecBlinken), [February 7, 2024](https://twitter.com/SecBlinken/status/1755259323123712345)'
 */
export function markdownBlockquote(record: EmbedRecord, paragraphs?: readonly string[]): string {
  const body = (paragraphs ?? (record.text === null ? [] : [record.text])).map(oneLine).filter((paragraph) => paragraph !== '');
  const lines: string[] = [];
  for (const paragraph of body) {
    if (lines.length > 0) lines.push('>');
    lines.push(`> ${escapeMarkdown(paragraph)}`);
  }
  if (lines.length > 0) lines.push('>');
  lines.push(`> ${markdownAttribution(record)}`);
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Percent-encodes what would end or break a Markdown link destination. */
function safeDestination(url: string): string {
  return url.replace(/[()<>\\[\]]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
