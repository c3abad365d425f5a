/** Re-reading written Markdown with marked (a CommonMark/GFM reader), for the Markdown writer's tests. */
import { marked } from 'marked';

/**
 * The text a reader sees in Markdown rendered to HTML: tags dropped, entities decoded, whitespace collapsed.
 *
 * @example
 * renderedText('\\*not emphasis\\* and *emphasis*'); // '*not emphasis* and emphasis'
 */
export function renderedText(markdown: string): string {
  return renderedHtml(markdown)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Markdown rendered to HTML by marked, GFM on.
 *
 * @example
 * renderedHtml('> Hello'); // '<blockquote>\n<p>Hello</p>\n</blockquote>\n'
 */
export function renderedHtml(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true }) as string;
}
