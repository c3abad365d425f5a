export { escapeInline, escapeMarkdown, linkDestination } from './escape-markdown.js';
export { htmlToMarkdown, MAX_LIST_DEPTH, MAX_QUOTE_DEPTH } from './html-to-markdown.js';
