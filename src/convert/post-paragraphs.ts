import type { EmbedRecord } from '../schema/index.js';

/**
 * Splits a record's `text` (whitespace collapsed) back into the paragraphs it had in the source:
 * `sourceText` is the embed as text (the input slice for text, the flattened fragment for HTML),
 * whose blank lines mark paragraph breaks. The split is only taken when the source's paragraphs
 * (whitespace collapsed) are, in order, exact prefixes of the record's text; otherwise the text is
 * one paragraph. `[]` when the record has no text.
 *
 * @example
 * postParagraphs(record, 'One.\n\nTwo. — Jane (@jane) May 1, 2024'); // ['One.', 'Two.'] when record.text is 'One. Two.'
 */
export function postParagraphs(record: EmbedRecord, sourceText: string): string[] {
  const text = record.text;
  if (text === null || text === '') return [];
  const blocks = sourceText
    .split(/\n[^\S\n]*(?:\r?\n[^\S\n]*)+/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '');
  if (blocks.length < 2) return [text];
  const paragraphs: string[] = [];
  let at = 0;
  for (const block of blocks) {
    const rest = text.length - at;
    // The last paragraph is whatever remains (the source's last block also holds the signature).
    if (block.length >= rest || !text.startsWith(block, at) || text.charCodeAt(at + block.length) !== 0x20) break;
    paragraphs.push(block);
    at += block.length + 1;
  }
  paragraphs.push(text.slice(at));
  return paragraphs;
}
