import { escapeMarkdown } from '../convert/index.js';
import type { ItemResult } from './batch-protocol.js';

/**
 * Renders one result for the chosen output form: `jsonl` one line; `json` an indented document
 * (the caller frames several into an array); `md` Markdown (convert: the article; extract: a
 * heading and a list of the posts).
 *
 * @example
 * renderItem(item, 'jsonl', 'extract'); // '{"id":1,"format":"text","embeds":[],"diagnostics":[]}\n'
 */
export function renderItem(item: ItemResult, output: 'json' | 'jsonl' | 'md', command: 'extract' | 'convert'): string {
  if (output === 'jsonl') return `${JSON.stringify(item.value)}\n`;
  if (output === 'json') return JSON.stringify(item.value, null, 2);
  return renderMarkdown(item, command);
}

/**
 * The most characters one rendered result may take (256 Mi): a longer one is replaced by an error
 * item, so that no output line comes near V8's string limit (about 512 Mi characters).
 *
 * @example
 * MAX_RESULT_CHARS; // 268435456
 */
export const MAX_RESULT_CHARS = 2 ** 28;

/**
 * Renders one result as {@link renderItem} does, unless the rendering is longer than `maxChars`
 * (default {@link MAX_RESULT_CHARS}) or over V8's string limit: then the item becomes an error
 * item that names the line (`line`, for a JSONL line) or the file, and that is rendered instead.
 *
 * @example
 * const { item, text } = renderBounded(found, 'jsonl', 'extract', 12);
 */
export function renderBounded(
  item: ItemResult,
  output: 'json' | 'jsonl' | 'md',
  command: 'extract' | 'convert',
  line: number,
  maxChars = MAX_RESULT_CHARS,
): { item: ItemResult; text: string } {
  let text: string | null = null;
  try {
    text = renderItem(item, output, command);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  if (text !== null && text.length <= maxChars) return { item, text };
  const error = `result too large for one output line (over ${maxChars} characters); lower --max-records, --max-links or --max-text-length`;
  const value = 'file' in item.value ? { file: item.value.file, error } : { id: item.value.id ?? null, line, error };
  const failed: ItemResult = { value, failed: true, embeds: 0 };
  return { item: failed, text: renderItem(failed, output, command) };
}

function renderMarkdown(item: ItemResult, command: 'extract' | 'convert'): string {
  const { value } = item;
  const name = String(value.file ?? value.id ?? '-');
  if (item.failed) return `<!-- embedsift: ${escapeComment(name)}: ${escapeComment(String(value.error))} -->\n`;
  if (command === 'convert') {
    const output = typeof value.output === 'string' ? value.output : '';
    return output.endsWith('\n') ? output : `${output}\n`;
  }
  const embeds = Array.isArray(value.embeds) ? (value.embeds as Record<string, unknown>[]) : [];
  const lines = [`## ${name}`, ''];
  if (embeds.length === 0) lines.push('No embedded posts.');
  for (const embed of embeds) lines.push(markdownPost(embed));
  return `${lines.join('\n')}\n`;
}

function markdownPost(embed: Record<string, unknown>): string {
  const author = (embed.author ?? {}) as Record<string, unknown>;
  // Post text and names are the article's words: escaped, as convertArticle's Markdown does, so
  // they cannot turn into markup (a handle keeps its letters: `_` inside a word is no emphasis).
  const name = typeof author.name === 'string' ? escapeMarkdown(author.name) : null;
  const who = [name, typeof author.handle === 'string' ? `(@${author.handle})` : null]
    .filter((part) => typeof part === 'string' && part !== '')
    .join(' ');
  const head = [String(embed.platform), who, embed.publishedAt ?? embed.dateText, embed.url]
    .filter((part) => typeof part === 'string' && part !== '')
    .join(' · ');
  const text = typeof embed.text === 'string' && embed.text !== '' ? `\n  > ${escapeMarkdown(embed.text.replace(/\s+/g, ' '))}` : '';
  return `- ${head}${text}`;
}

function escapeComment(text: string): string {
  return text.replace(/--/g, '- -').replace(/\s+/g, ' ');
}
