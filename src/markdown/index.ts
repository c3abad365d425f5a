export { extractMarkdownEmbeds } from './markdown-embeds.js';
export { looksLikeMarkdown } from './looks-like-markdown.js';
export { projectMarkdown } from './markdown-projection.js';
export type { MarkdownProjection, ProjectedLink } from './markdown-projection.js';
