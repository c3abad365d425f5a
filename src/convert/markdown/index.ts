export { escapeInline, escapeLineStart, escapeMarkdown, escapeText, linkDestination } from './escape-markdown.js';
export { htmlToMarkdown, MAX_LIST_DEPTH, MAX_QUOTE_DEPTH } from './html-to-markdown.js';
export type { HtmlMarkdown, HtmlMarkdownOptions, MarkdownBlock, MarkdownStretch } from './html-to-markdown.js';
