export { extractMarkdownEmbeds, extractQuotedTextEmbeds } from './markdown-embeds.js';
export { hasQuoteLines, looksLikeMarkdown } from './looks-like-markdown.js';
export { projectMarkdown, projectQuotedText } from './markdown-projection.js';
