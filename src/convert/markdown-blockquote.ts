import { platformNamed } from '../platforms/index.js';
import type { EmbedRecord } from '../schema/index.js';
import { escapeInline, escapeMarkdown, linkDestination } from './markdown/index.js';

/**
 * The attribution line of a Markdown blockquote: `— Name (@handle), [date](permalink)`. A null
 * name or handle is left out (the platform's name stands in when both are null); the date is the
 * written `dateText`, else `publishedAt` unless it was read from the post id; without a date the permalink follows on a line of its own as `<url>`; a
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
  const url = record.url !== null && /^https?:\/\/[^\s]+$/i.test(record.url) ? linkDestination(record.url) : null;
  let when: string | null = null;
  if (date !== null && url !== null) when = `[${escapeInline(oneLine(date))}](${url})`;
  else if (date !== null) when = escapeInline(oneLine(date));
  // A permalink with no date stands on a line of its own, where a Markdown reader takes it for the embed.
  else if (url !== null) return `— ${who}\n<${url}>`;
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
  for (const line of markdownAttribution(record).split('\n')) lines.push(`> ${line}`);
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
